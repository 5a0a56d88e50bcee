package ir.shenava.hostile;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.shenava.staff.Role;
import jakarta.validation.constraints.Size;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/**
 * What the application itself says it accepts: every handler method's address, HTTP method, the
 * role that may call it (from {@code @PreAuthorize}) and its fields — the names of
 * {@code @RequestParam}s, of the components of {@code @ModelAttribute} records (or the setters of
 * form beans) and of {@code @RequestBody} records, with each field's type and {@code @Size} limit.
 * Nothing here is written by hand, so a route added tomorrow is walked too.
 */
public final class Routes {

    /** How the route wants its input. */
    public enum Body { NONE, FORM, MULTIPART, JSON }

    /** One input: its name as sent (dotted for nested JSON), its Java type, its own size limit if any. */
    public record Field(String name, Class<?> type, Integer maxSize, boolean file, boolean header, boolean many) {

        public boolean text() {
            return type == String.class || type == char[].class;
        }
    }

    public record Route(String method, String pattern, String preAuthorize, Body body, List<Field> fields,
                        Class<?> jsonType, String handler) {

        /** The role the walker logs in as: the CEO where allowed (sees the most), else the first role named. */
        public Optional<Role> role() {
            if (preAuthorize == null) {
                return Optional.empty();
            }
            List<Role> named = new ArrayList<>();
            Matcher m = Pattern.compile("'([A-Z_]+)'").matcher(preAuthorize);
            while (m.find()) {
                for (Role r : Role.values()) {
                    if (r.name().equals(m.group(1))) {
                        named.add(r);
                    }
                }
            }
            return named.contains(Role.CEO) ? Optional.of(Role.CEO) : named.stream().findFirst();
        }

        public boolean api() {
            return pattern.startsWith("/api/");
        }

        public List<String> pathVariables() {
            List<String> names = new ArrayList<>();
            Matcher m = Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(pattern);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    private static final Set<String> SKIPPED = Set.of("/error", "/login");

    private Routes() {
    }

    /** Every route of the given handler methods, one per HTTP method (GET with inputs, POST, PUT, PATCH, DELETE). */
    public static List<Route> of(Map<RequestMappingInfo, HandlerMethod> handlers) {
        List<Route> routes = new ArrayList<>();
        handlers.forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (SKIPPED.contains(pattern) || pattern.startsWith("/error/") || pattern.startsWith("/v3/")
                        || pattern.startsWith("/swagger")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.POST) : methods) {
                    Route route = route(method.name(), pattern, handler);
                    if (!method.name().equals("GET") || !route.fields().isEmpty()) {
                        routes.add(route);
                    }
                }
            }
        });
        routes.sort((a, b) -> a.toString().compareTo(b.toString()));
        return routes;
    }

    private static Route route(String method, String pattern, HandlerMethod handler) {
        PreAuthorize rule = Optional.ofNullable(AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class))
                .orElse(AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class));
        List<Field> fields = new ArrayList<>();
        Class<?> jsonType = null;
        for (MethodParameter p : handler.getMethodParameters()) {
            p.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            Class<?> type = p.getParameterType();
            if (p.hasParameterAnnotation(PathVariable.class)) {
                continue;
            }
            if (p.hasParameterAnnotation(RequestBody.class)) {
                jsonType = type;
                collect("", type, fields, 0);
            } else if (p.hasParameterAnnotation(RequestHeader.class)) {
                RequestHeader h = p.getParameterAnnotation(RequestHeader.class);
                fields.add(new Field(h.name().isEmpty() ? h.value() : h.name(), type, null, false, true, false));
            } else if (p.hasParameterAnnotation(RequestParam.class) || isFile(type, p.getGenericParameterType())) {
                RequestParam r = p.getParameterAnnotation(RequestParam.class);
                String name = r == null || (r.name().isEmpty() && r.value().isEmpty()) ? p.getParameterName()
                        : (r.name().isEmpty() ? r.value() : r.name());
                if (!Map.class.isAssignableFrom(type)) {
                    fields.add(new Field(name, elementType(type, p.getGenericParameterType()), null,
                            isFile(type, p.getGenericParameterType()), false, many(type)));
                }
            } else if (p.hasParameterAnnotation(ModelAttribute.class) || isForm(type)) {
                collect("", type, fields, 0);
            }
        }
        Body body = fields.stream().anyMatch(Field::file) ? Body.MULTIPART
                : jsonType != null ? Body.JSON : method.equals("GET") ? Body.NONE : Body.FORM;
        return new Route(method, pattern, rule == null ? null : rule.value(), body, fields, jsonType,
                handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName());
    }

    /** A record's components or a form bean's settable properties, nested records flattened with dots. */
    private static void collect(String prefix, Class<?> type, List<Field> fields, int depth) {
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                add(prefix + c.getName(), c.getType(), c.getGenericType(), c.getAccessor(), sizeOf(type, c), fields, depth);
            }
        } else {
            for (PropertyDescriptor d : BeanUtils.getPropertyDescriptors(type)) {
                if (d.getWriteMethod() != null) {
                    add(prefix + d.getName(), d.getPropertyType(), d.getWriteMethod().getGenericParameterTypes()[0],
                            d.getReadMethod(), null, fields, depth);
                }
            }
        }
    }

    private static void add(String name, Class<?> type, Type generic, Method accessor, Integer size, List<Field> fields,
                            int depth) {
        Class<?> element = elementType(type, generic);
        if (isForm(element) && depth < 2) {
            collect(name + ".", element, fields, depth + 1);
        } else {
            fields.add(new Field(name, element, size, isFile(type, generic), false, many(type)));
        }
    }

    private static Integer sizeOf(Class<?> record, RecordComponent c) {
        Size size = c.getAnnotation(Size.class);
        if (size == null) {
            try {
                size = record.getDeclaredField(c.getName()).getAnnotation(Size.class);
            } catch (NoSuchFieldException e) {
                size = null;
            }
        }
        return size == null || size.max() == Integer.MAX_VALUE ? null : size.max();
    }

    private static Class<?> elementType(Class<?> type, Type generic) {
        if (type.isArray() && type != char[].class && type != byte[].class) {
            return type.getComponentType();
        }
        if (Collection.class.isAssignableFrom(type) && generic instanceof ParameterizedType pt
                && pt.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return type;
    }

    private static boolean many(Class<?> type) {
        return (type.isArray() && type != char[].class && type != byte[].class) || Collection.class.isAssignableFrom(type);
    }

    private static boolean isFile(Class<?> type, Type generic) {
        return MultipartFile.class.isAssignableFrom(elementType(type, generic));
    }

    /** A type Spring binds request parameters onto: ours, not a framework or JDK type. */
    private static boolean isForm(Class<?> type) {
        return type.getName().startsWith("ir.shenava.") && !type.isEnum() && !type.isInterface()
                && !BeanUtils.isSimpleProperty(type);
    }
}
