package vn.valuechain.shared.web;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * No text of any form, search or link may hold a control character (a NUL byte, which PostgreSQL refuses, or any
 * other below space apart from tab and line breaks). Refused while binding: the form shows
 * {@code typeMismatch.java.lang.String} at the field; a request parameter gets the 400 page.
 */
@ControllerAdvice
class TextInput {

    @InitBinder
    void refuseControlCharacters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                if (text != null && hasControlCharacter(text)) {
                    throw new IllegalArgumentException("Control character in text");
                }
                setValue(text);
            }
        });
    }

    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }
}
