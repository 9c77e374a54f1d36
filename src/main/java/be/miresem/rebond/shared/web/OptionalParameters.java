package be.miresem.rebond.shared.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.component.UIViewRoot;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the optional parameters of the portal's templates, includes and tags (for example {@code noindex} or
 * {@code hint}) when a page leaves them out, to null, as they would end up anyway, but without the last step of
 * Faces' own resolution: for a name found in no scope, Faces asks EL's import handler whether it is a class, which
 * loads {@code java.lang.<name>} through the web application's class loader, under that loader's lock, at every
 * evaluation. With many requests at once, they queued on that lock (docs/performance.md, "Concurrent bookings").
 *
 * <p>Only the names listed here are touched, and a value put in a scope under one of them is still found.
 */
public class OptionalParameters extends ELResolver {

    /** Optional parameters of WEB-INF/includes (head.xhtml, figure-table.xhtml) and of the tags in WEB-INF/tags. */
    static final Set<String> NAMES = Set.of("noindex", "canonicalPath", "script", "pageDescription", "hint",
            "required", "rows", "maxlength", "autocomplete", "type", "exportLink");

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base != null || !(property instanceof String name) || !NAMES.contains(name)) {
            return null;
        }
        context.setPropertyResolved(true);
        return scoped(name);
    }

    private static Object scoped(String name) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return null;
        }
        ExternalContext external = faces.getExternalContext();
        Object value = external.getRequestMap().get(name);
        if (value == null) {
            UIViewRoot view = faces.getViewRoot();
            Map<String, Object> viewMap = view == null ? null : view.getViewMap(false);
            value = viewMap == null ? null : viewMap.get(name);
        }
        if (value == null && external.getSession(false) != null) {
            value = external.getSessionMap().get(name);
        }
        return value != null ? value : external.getApplicationMap().get(name);
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // Read-only: setting one of these names is left to the resolvers after this one.
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base == null ? String.class : null;
    }
}
