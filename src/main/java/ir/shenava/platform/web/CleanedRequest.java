package ir.shenava.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ir.shenava.shared.PersianText;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * The request as every later filter and controller sees it: parameters and uploaded files' names
 * without {@link PersianText#isHostile(char) control and direction characters}, file names without
 * any folder part. Spring's multipart support reads the name from the part's Content-Disposition
 * header, so that header is rewritten too.
 */
final class CleanedRequest extends HttpServletRequestWrapper {

    private final boolean tolerant;
    private Map<String, String[]> parameters;

    CleanedRequest(HttpServletRequest request) {
        this(request, false);
    }

    /**
     * @param tolerant whether a body that cannot be parsed reads as no parameters (for the error page
     *                 of a refused request) instead of failing the way Tomcat does (400, empty body)
     */
    CleanedRequest(HttpServletRequest request, boolean tolerant) {
        super(request);
        this.tolerant = tolerant;
    }

    @Override
    public String getParameter(String name) {
        String[] values = getParameterMap().get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = getParameterMap().get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        if (parameters == null) {
            Map<String, String[]> cleaned = new LinkedHashMap<>();
            Map<String, String[]> sent;
            try {
                sent = super.getParameterMap();
            } catch (RuntimeException e) {
                if (!tolerant) {
                    throw e;
                }
                sent = Map.of();
            }
            sent.forEach((name, values) -> {
                String[] copy = new String[values.length];
                for (int i = 0; i < values.length; i++) {
                    copy[i] = PersianText.withoutControls(values[i]);
                }
                cleaned.put(PersianText.withoutControls(name), copy);
            });
            parameters = Collections.unmodifiableMap(cleaned);
        }
        return parameters;
    }

    @Override
    public Collection<Part> getParts() throws IOException, ServletException {
        if (tolerant) {
            return List.of();
        }
        List<Part> parts = new ArrayList<>();
        for (Part part : super.getParts()) {
            parts.add(part.getSubmittedFileName() == null ? part : new CleanedPart(part));
        }
        return parts;
    }

    @Override
    public Part getPart(String name) throws IOException, ServletException {
        if (tolerant) {
            return null;
        }
        Part part = super.getPart(name);
        return part == null || part.getSubmittedFileName() == null ? part : new CleanedPart(part);
    }

    /**
     * A file name as it may be shown and stored: no control or direction characters (so that
     * "photo\u202Egnp.exe" stays "photognp.exe"), no folders ("../../etc/passwd" → "passwd").
     */
    static String fileName(String submitted) {
        if (submitted == null) {
            return null;
        }
        String name = PersianText.withoutControls(submitted);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "file" : name;
    }

    /** An uploaded file whose name has been made safe. */
    private static final class CleanedPart implements Part {

        private final Part part;
        private final String fileName;

        CleanedPart(Part part) {
            this.part = part;
            this.fileName = fileName(part.getSubmittedFileName());
        }

        @Override
        public String getSubmittedFileName() {
            return fileName;
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.CONTENT_DISPOSITION.equalsIgnoreCase(name) ? disposition() : part.getHeader(name);
        }

        @Override
        public Collection<String> getHeaders(String name) {
            return HttpHeaders.CONTENT_DISPOSITION.equalsIgnoreCase(name) ? List.of(disposition()) : part.getHeaders(name);
        }

        private String disposition() {
            return ContentDisposition.formData().name(part.getName()).filename(fileName, StandardCharsets.UTF_8)
                    .build().toString();
        }

        @Override
        public java.io.InputStream getInputStream() throws IOException {
            return part.getInputStream();
        }

        @Override
        public String getContentType() {
            return part.getContentType();
        }

        @Override
        public String getName() {
            return part.getName();
        }

        @Override
        public long getSize() {
            return part.getSize();
        }

        @Override
        public void write(String path) throws IOException {
            part.write(path);
        }

        @Override
        public void delete() throws IOException {
            part.delete();
        }

        @Override
        public Collection<String> getHeaderNames() {
            return part.getHeaderNames();
        }
    }
}
