package cn.jinan.care.persistence.obligation;

import cn.jinan.care.domain.obligation.Obligation;
import java.util.Optional;

/** A record just logged, and the obligation it fulfilled, if any (so the page can say so). */
public record Logged(long id, Optional<Obligation> fulfilled) {
}
