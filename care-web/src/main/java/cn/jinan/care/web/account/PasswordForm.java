package cn.jinan.care.web.account;

import jakarta.validation.constraints.NotBlank;
import lombok.Data;

@Data
public class PasswordForm {

    @NotBlank
    private String current;

    @NotBlank
    private String password;

    @NotBlank
    private String confirmation;
}
