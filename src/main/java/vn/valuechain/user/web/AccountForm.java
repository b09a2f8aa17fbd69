package vn.valuechain.user.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** A user's own e-mail settings: the address and whether the daily reminder digest is wanted. */
@Data
class AccountForm {

    @Email(message = "{validation.email}")
    @Size(max = 254, message = "{validation.size.max}")
    private String email;

    private boolean reminders;

    /** A pasted address often carries spaces around it; they are no part of it. */
    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }
}
