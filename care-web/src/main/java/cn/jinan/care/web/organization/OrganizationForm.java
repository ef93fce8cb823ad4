package cn.jinan.care.web.organization;

import cn.jinan.care.domain.organization.OrgLevel;
import cn.jinan.care.domain.organization.Organization;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** The organization form; never bound to the entity. */
@Data
public class OrganizationForm {

    @NotBlank
    @Size(max = 32)
    @Pattern(regexp = "[A-Za-z0-9_-]*", message = "{organization.code.pattern}")
    private String code;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    private OrgLevel level;

    @Min(0)
    @Max(100000)
    private int sortOrder;

    private boolean active = true;

    private long version;

    static OrganizationForm of(Organization org) {
        OrganizationForm form = new OrganizationForm();
        form.setCode(org.getCode());
        form.setName(org.getName());
        form.setLevel(org.getLevel());
        form.setSortOrder(org.getSortOrder());
        form.setActive(org.isActive());
        form.setVersion(org.getVersion());
        return form;
    }
}
