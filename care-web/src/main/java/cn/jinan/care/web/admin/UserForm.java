package cn.jinan.care.web.admin;

import cn.jinan.care.domain.user.Role;
import cn.jinan.care.domain.user.UserAccount;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** Creating or editing a user account; the username is fixed once created. */
@Data
public class UserForm {

    @NotBlank
    @Pattern(regexp = "[A-Za-z0-9_.-]{3,64}", message = "{user.username.invalid}")
    private String username;

    @NotBlank
    @Size(max = 100)
    private String displayName;

    @NotNull
    private Role role;

    @NotNull
    private Long organizationId;

    private boolean enabled = true;

    /** 第24条: may read counseling contents in scope. */
    private boolean counselingPermission;

    private long version;

    static UserForm of(UserAccount user) {
        UserForm form = new UserForm();
        form.setUsername(user.getUsername());
        form.setDisplayName(user.getDisplayName());
        form.setRole(user.getRole());
        form.setOrganizationId(user.getOrganization().getId());
        form.setEnabled(user.isEnabled());
        form.setCounselingPermission(user.isCounselingPermission());
        form.setVersion(user.getVersion());
        return form;
    }
}
