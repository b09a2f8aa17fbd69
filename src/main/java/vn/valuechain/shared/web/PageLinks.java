package vn.valuechain.shared.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the current page with some query parameters replaced, keeping every other filter:
 * {@code ${@pageLinks.with('page', 2)}} in a template. A null value removes the parameter.
 */
@Component("pageLinks")
public class PageLinks {

    public String with(Object... nameValuePairs) {
        UriComponentsBuilder builder = ServletUriComponentsBuilder.fromCurrentRequest();
        for (int i = 0; i + 1 < nameValuePairs.length; i += 2) {
            String name = String.valueOf(nameValuePairs[i]);
            Object value = nameValuePairs[i + 1];
            if (value == null || value.toString().isEmpty()) {
                builder.replaceQueryParam(name);
            } else {
                builder.replaceQueryParam(name, value);
            }
        }
        var uri = builder.build();
        String query = uri.getQuery();
        return uri.getPath() + (query == null ? "" : "?" + query);
    }
}
