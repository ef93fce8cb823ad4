package cn.jinan.care.persistence.audit;

import cn.jinan.care.domain.audit.SensitiveRead;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SensitiveReadRepository extends JpaRepository<SensitiveRead, Long> {

    Page<SensitiveRead> findAllByOrderByReadAtDescIdDesc(Pageable pageable);

    long countByMemberIdAndRecordType(Long memberId, String recordType);
}
