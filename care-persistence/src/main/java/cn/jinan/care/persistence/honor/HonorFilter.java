package cn.jinan.care.persistence.honor;

import cn.jinan.care.domain.honor.Honor;
import cn.jinan.care.domain.honor.HonorKind;
import java.util.EnumSet;
import java.util.Set;

/** What the honor list shows: whose honors (members', organizations' or all), one kind, one year. */
public record HonorFilter(Holder holder, HonorKind kind, Integer year) {

    public enum Holder {
        ALL, MEMBER, ORGANIZATION
    }

    public HonorFilter {
        holder = holder == null ? Holder.ALL : holder;
    }

    Set<HonorKind> kinds() {
        if (kind != null) {
            return EnumSet.of(kind);
        }
        Set<HonorKind> kinds = EnumSet.noneOf(HonorKind.class);
        for (HonorKind k : HonorKind.values()) {
            if (holder == Holder.ALL || k.forMember() == (holder == Holder.MEMBER)) {
                kinds.add(k);
            }
        }
        return kinds;
    }

    int fromYear() {
        return year == null ? Honor.FIRST_YEAR : year;
    }

    int toYear() {
        return year == null ? 9999 : year;
    }
}
