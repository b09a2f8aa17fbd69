package vn.valuechain.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.function.Consumer;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import vn.valuechain.shared.cache.FiguresCache;

/**
 * A part of a page made of the province's figures, rendered once and served as text until those figures change
 * ({@link FiguresCache}). Rendering a province's dashboard (its tiles, tables and links) took four times the CPU of
 * reading its cached figures, and the page is the one local officials open most.
 *
 * <p>The caller's key must name everything the part shows beside the figures: its filters, and what it takes from
 * the user (their unit, their reach). The locale and the request's query (a part may link to its own page with other
 * parameters) are added here. A part kept so must hold nothing of the session: no form with a token (the dashboard's
 * content has only its GET filter form).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RenderedFragments {

    private final ThymeleafViewResolver views;
    private final FiguresCache cache;

    /**
     * The fragment (a view name with a selector, {@code "dashboard/index :: content"}) as HTML; when it is not kept,
     * {@code figures} first adds to the model what only the fragment reads.
     */
    public String render(
            Object key,
            String fragment,
            Model model,
            Consumer<Model> figures,
            HttpServletRequest request,
            HttpServletResponse response) {
        Locale locale = RequestContextUtils.getLocale(request);
        return cache.rendered(new Key(key, fragment, locale, request.getQueryString()), () -> {
            figures.accept(model);
            return renderNow(fragment, model, locale, request, response);
        });
    }

    private String renderNow(
            String fragment, Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        try {
            View view = views.resolveViewName(fragment, locale);
            StringWriter html = new StringWriter();
            PrintWriter writer = new PrintWriter(html);
            // The same view the page would render, with the same request; only its text is kept.
            view.render(model.asMap(), request, new HttpServletResponseWrapper(response) {
                @Override
                public PrintWriter getWriter() {
                    return writer;
                }
            });
            writer.flush();
            return html.toString();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Could not render " + fragment, e);
        }
    }

    private record Key(Object key, String fragment, Locale locale, String query) {}
}
