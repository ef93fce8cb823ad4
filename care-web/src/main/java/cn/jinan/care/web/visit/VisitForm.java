package cn.jinan.care.web.visit;

import cn.jinan.care.domain.shared.FundingSource;
import cn.jinan.care.domain.visit.Visit;
import cn.jinan.care.domain.visit.VisitDetails;
import cn.jinan.care.domain.visit.VisitKind;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The visit form. Amounts are in yuan; an empty amount is none. {@code token} makes a double submit create one
 * visit.
 */
@Data
public class VisitForm {

    @NotNull
    private Long memberId;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotNull
    private VisitKind kind;

    @NotBlank
    @Size(max = 200)
    private String visitors;

    private boolean familyVisited;

    @DecimalMin(value = "0", message = "{amount.negative}")
    @Digits(integer = 9, fraction = 2, message = "{amount.invalid}")
    private BigDecimal money;

    @Size(max = 200)
    private String goods;

    @DecimalMin(value = "0", message = "{amount.negative}")
    @Digits(integer = 9, fraction = 2, message = "{amount.invalid}")
    private BigDecimal goodsValue;

    private FundingSource fundingSource;

    @Size(max = 1000)
    private String notes;

    private long version;

    private UUID token = UUID.randomUUID();

    VisitDetails details() {
        return new VisitDetails(date, kind, visitors, familyVisited, money, goods, goodsValue, fundingSource, notes);
    }

    static VisitForm of(Visit v) {
        VisitForm f = new VisitForm();
        f.setMemberId(v.getMember().getId());
        f.setDate(v.getDate());
        f.setKind(v.getKind());
        f.setVisitors(v.getVisitors());
        f.setFamilyVisited(v.isFamilyVisited());
        f.setMoney(v.getMoney());
        f.setGoods(v.getGoods());
        f.setGoodsValue(v.getGoodsValue());
        f.setFundingSource(v.getFundingSource());
        f.setNotes(v.getNotes());
        f.setVersion(v.getVersion());
        return f;
    }
}
