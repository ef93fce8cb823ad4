package cn.jinan.care.persistence.member;

import cn.jinan.care.domain.member.MemberEvent;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberEventRepository extends JpaRepository<MemberEvent, Long> {

    List<MemberEvent> findByMemberIdOrderByEventDateDescIdDesc(Long memberId);
}
