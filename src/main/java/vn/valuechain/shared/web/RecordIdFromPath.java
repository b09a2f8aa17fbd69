package vn.valuechain.shared.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A record's id comes from its URL ({@code /cooperatives/5/edit}), never from a form field: a create form posted
 * with an {@code id} would otherwise come back as that record's edit form, and its uniqueness checks would leave
 * that record out.
 */
@ControllerAdvice
class RecordIdFromPath {

    @InitBinder
    void idNotBound(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }
}
