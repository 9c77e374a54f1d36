package be.miresem.rebond.shared.persistence;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The service's transactions are tried again when the database rolled them back for contention ({@link
 * ContentionRetry}). Put on every service whose methods a page calls; safe for a method whose second try finds
 * what a first one stored (the forms' idempotency tokens) or that stored nothing.
 */
@InterceptorBinding
@Target({TYPE, METHOD})
@Retention(RUNTIME)
public @interface RetriedOnContention {
}
