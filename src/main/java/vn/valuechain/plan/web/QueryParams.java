package vn.valuechain.plan.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The current request's query parameters but some, for a GET form that changes one filter and keeps the others as
 * hidden fields ({@code @queryParams.except('on', 'page')}): a GET form drops the query of its action.
 */
@Component("queryParams")
class QueryParams {

    public Map<String, String> except(String... names) {
        Map<String, String> kept = new LinkedHashMap<>();
        var attributes = (ServletRequestAttributes) RequestContextHolder.getRequestAttributes();
        if (attributes == null) {
            return kept;
        }
        attributes.getRequest().getParameterMap().forEach((name, values) -> {
            if (!List.of(names).contains(name) && values.length > 0) {
                kept.put(name, values[0]);
            }
        });
        return kept;
    }
}
