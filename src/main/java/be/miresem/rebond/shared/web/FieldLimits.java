package be.miresem.rebond.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.el.ValueExpression;
import jakarta.el.ValueReference;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.omnifaces.el.ExpressionInspector;

/**
 * The longest text a form field may hold, read from the property it is bound to: {@code @Size(max)} on the field
 * of the entity (or of the backing bean, which then names the entity's constant). The tag files use it for the
 * input's {@code maxlength}, so the limit is written once, beside the column; Faces' bean validation checks the
 * same constraint on the server. Null when the property has none.
 */
@Named
@ApplicationScoped
public class FieldLimits {

    private final Map<String, Optional<Integer>> limits = new ConcurrentHashMap<>();

    /** The limit of the property the component's value is bound to, or null. */
    public Integer max(UIComponent component) {
        ValueExpression value = component.getValueExpression("value");
        if (value == null) {
            return null;
        }
        ValueReference reference;
        try {
            reference = ExpressionInspector.getValueReference(FacesContext.getCurrentInstance().getELContext(), value);
        } catch (RuntimeException e) {
            return null;
        }
        if (reference == null || reference.getBase() == null || !(reference.getProperty() instanceof String property)) {
            return null;
        }
        return of(reference.getBase().getClass(), property);
    }

    /** The limit declared on a class's property (its field, in the class or a superclass), or null. */
    public Integer of(Class<?> type, String property) {
        return limits.computeIfAbsent(type.getName() + '#' + property, key -> Optional.ofNullable(read(type, property)))
                .orElse(null);
    }

    private static Integer read(Class<?> type, String property) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(property);
                Size size = field.getAnnotation(Size.class);
                return size != null && size.max() < Integer.MAX_VALUE ? size.max() : null;
            } catch (NoSuchFieldException e) {
                // a superclass may declare it (or a proxy's class is the bean's subclass)
            }
        }
        return null;
    }
}
