package cn.jinan.care.web.delegate;

import cn.jinan.care.domain.delegate.DelegateProposal;
import cn.jinan.care.domain.delegate.ProposalDetails;
import cn.jinan.care.domain.delegate.ProposalKind;
import cn.jinan.care.domain.member.Member;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of a proposal or motion; {@code token} makes a double submit record one. */
@Data
public class ProposalForm {

    @NotNull
    private ProposalKind kind;

    private Long delegateId;

    private List<Long> coSignerIds = new ArrayList<>();

    @Size(max = 100)
    private String congress;

    @NotBlank
    @Size(max = 200)
    private String title;

    @NotBlank
    @Size(max = 4000)
    private String content;

    @NotBlank
    @Size(max = 100)
    private String addressee;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate submittedOn;

    private long version;

    private UUID token = UUID.randomUUID();

    ProposalDetails details() {
        return new ProposalDetails(kind, congress, title, content, addressee, submittedOn);
    }

    static ProposalForm of(DelegateProposal p) {
        ProposalForm f = new ProposalForm();
        f.setKind(p.getKind());
        f.setDelegateId(p.getDelegate().getId());
        f.setCoSignerIds(new ArrayList<>(p.getCoSigners().stream().map(Member::getId).toList()));
        f.setCongress(p.getCongress());
        f.setTitle(p.getTitle());
        f.setContent(p.getContent());
        f.setAddressee(p.getAddressee());
        f.setSubmittedOn(p.getSubmittedOn());
        f.setVersion(p.getVersion());
        return f;
    }
}
