package vn.valuechain.user.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import lombok.AllArgsConstructor;
import lombok.Data;
import lombok.NoArgsConstructor;
import vn.valuechain.user.SessionSettings;

/** The session inactivity timeout on the users page. */
@Data
@NoArgsConstructor
@AllArgsConstructor
class SessionForm {

    @NotNull(message = "{validation.required}")
    @Min(value = SessionSettings.MIN_MINUTES, message = "{user.session.range}")
    @Max(value = SessionSettings.MAX_MINUTES, message = "{user.session.range}")
    private Integer minutes;
}
