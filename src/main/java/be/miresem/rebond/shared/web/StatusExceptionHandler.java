package be.miresem.rebond.shared.web;

import be.miresem.rebond.shared.security.AccessDeniedException;
import be.miresem.rebond.shared.security.NotFoundException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;

/**
 * Turns the services' access exceptions into HTTP statuses, wherever they are thrown in the Faces
 * life cycle: {@link NotFoundException} into 404, {@link AccessDeniedException} into 403. The
 * container then shows the French error page. An expired (or forged) view state sends the visitor back to
 * the page by GET with a French explanation, rather than to an error page. Anything else is logged once with a
 * reference ({@link ErrorIds}) and answered with the 500 page, which shows the reference.
 */
public class StatusExceptionHandler extends ExceptionHandlerWrapper {

    public StatusExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            Throwable cause = thrown;
            Throwable expired = cause;
            while (expired != null && !(expired instanceof ViewExpiredException)) {
                expired = expired.getCause();
            }
            if (expired != null || isForeignViewState(cause)) {
                events.remove();
                reload();
                continue;
            }
            while (cause != null && !(cause instanceof NotFoundException) && !(cause instanceof AccessDeniedException)) {
                cause = cause.getCause();
            }
            events.remove();
            if (cause != null) {
                sendError(cause instanceof NotFoundException ? 404 : 403);
            } else {
                // Anything else: logged once, with a reference that the 500 page shows.
                ErrorIds.record((HttpServletRequest) FacesContext.getCurrentInstance()
                        .getExternalContext().getRequest(), thrown);
                sendError(500);
            }
        }
        getWrapped().handle();
    }

    /**
     * A post whose view state belongs to another page (a form kept open in another tab, a back button, a forged
     * post): Mojarra fails while restoring the view. Nothing was applied yet, so it is answered like an expired
     * view. A refusal (404/403) is not one.
     */
    private static boolean isForeignViewState(Throwable thrown) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null || context.getCurrentPhaseId() != PhaseId.RESTORE_VIEW || !context.isPostback()
                && !"POST".equals(((HttpServletRequest) context.getExternalContext().getRequest()).getMethod())) {
            return false;
        }
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotFoundException || cause instanceof AccessDeniedException) {
                return false;
            }
        }
        return true;
    }

    private static void reload() {
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletRequest request =
                (HttpServletRequest) context.getExternalContext().getRequest();
        String target = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        try {
            Messages.flashInfo("common.viewExpired");
            context.getExternalContext().redirect(target);
            context.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }

    private static void sendError(int status) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            if (!context.getExternalContext().isResponseCommitted()) {
                context.getExternalContext().responseReset();
                context.getExternalContext().responseSendError(status, null);
            }
            context.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new StatusExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
