package org.followthrough.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.followthrough.site.layout.PageContext;
import org.followthrough.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page its {@code page} parameter: the viewer and the CSRF token for its forms. */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

    @ModelAttribute("page")
    PageContext page(@AuthenticationPrincipal @Nullable SignedInUser me, HttpServletRequest request) {
        return context(me, request);
    }

    static PageContext context(@Nullable SignedInUser me, HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        PageContext.Csrf csrf = token == null ? new PageContext.Csrf("_csrf", "")
                : new PageContext.Csrf(token.getParameterName(), token.getToken());
        return new PageContext(me == null ? null : new PageContext.Viewer(me.displayName(), me.role().name()), csrf);
    }
}
