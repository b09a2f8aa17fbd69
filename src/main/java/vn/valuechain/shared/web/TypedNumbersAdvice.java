package vn.valuechain.shared.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** Every form and request parameter of every controller reads numbers with {@link TypedNumbers}. */
@ControllerAdvice
class TypedNumbersAdvice {

    @InitBinder
    void numbers(WebDataBinder binder) {
        TypedNumbers.register(binder);
    }
}
