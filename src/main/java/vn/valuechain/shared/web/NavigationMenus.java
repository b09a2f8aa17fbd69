package vn.valuechain.shared.web;

import jakarta.servlet.ServletContext;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The navigation bar's menus (fragments/navigation), the same for every user of a role in a language: made once per
 * role and language and kept. Made on every page, their thirty links, labels and security rules took about 2 ms of
 * the server's time per page.
 */
@Component
public class NavigationMenus {

    private final ITemplateEngine templates;
    private final String base;
    private final Map<String, String> made = new ConcurrentHashMap<>();

    NavigationMenus(ITemplateEngine templates, ServletContext servletContext) {
        this.templates = templates;
        this.base = servletContext.getContextPath();
    }

    /** The menus' HTML for the signed-in user in the locale: the administrators' menu, the commune's own items. */
    public String html(Locale locale, Authentication user) {
        Set<String> roles = AuthorityUtils.authorityListToSet(user.getAuthorities());
        boolean admin = roles.contains("ROLE_ADMIN");
        boolean district = roles.contains("ROLE_DISTRICT");
        String key = locale.toLanguageTag() + (admin ? " admin" : "") + (district ? " district" : "");
        return made.computeIfAbsent(
                key,
                k -> templates.process(
                        "fragments/navigation",
                        Set.of("menus"),
                        new Context(locale, Map.of("base", base, "admin", admin, "district", district))));
    }
}
