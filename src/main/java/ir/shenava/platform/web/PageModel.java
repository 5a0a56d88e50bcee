package ir.shenava.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page (Thymeleaf 3.1 no longer exposes the request to templates). */
@ControllerAdvice
class PageModel {

    /** The current path, so that the language switch can return to this page. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        String query = request.getQueryString();
        String path = request.getRequestURI();
        return query == null || query.contains("lang=") ? path : path + "?" + query;
    }
}
