package cn.jinan.care.persistence.lecture;

import cn.jinan.care.persistence.shared.Versions;
import cn.jinan.care.domain.lecture.Lecture;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.persistence.shared.Submissions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Party lectures. The speaker is a leading cadre in the caller's scope; the venue is any grassroots organization in
 * the scope (a cadre lectures below).
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class LectureService {

    private final LectureRepository lectures;
    private final MemberService members;
    private final OrganizationService organizations;
    private final Submissions submissions;
    private final Clock clock;

    @Transactional
    public long log(DataScope scope, UUID token, long speakerId, long venueId, LocalDate date, String topic,
            int audienceSize) {
        var speaker = members.get(scope, speakerId);
        var venue = organizations.get(scope, venueId);
        Optional<Long> earlier = submissions.claim(token, "LECTURE");
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Lecture lecture = lectures.save(Lecture.log(speaker, venue, date, topic, audienceSize, LocalDate.now(clock)));
        submissions.created(token, lecture.getId());
        return lecture.getId();
    }

    @Transactional
    public Lecture change(DataScope scope, long id, long expectedVersion, long speakerId, long venueId,
            LocalDate date, String topic, int audienceSize) {
        Lecture lecture = get(scope, id);
        Versions.require(lecture, expectedVersion);
        lecture.change(members.get(scope, speakerId), organizations.get(scope, venueId), date, topic, audienceSize,
                LocalDate.now(clock));
        return lecture;
    }

    public Lecture get(DataScope scope, long id) {
        return lectures.findInScope(id, scope.likePattern()).orElseThrow(() -> new NotFoundException("lecture", id));
    }

    public List<Lecture> bySpeaker(DataScope scope, long memberId) {
        members.get(scope, memberId);
        return lectures.findBySpeaker(memberId);
    }

    public Page<Lecture> inScope(DataScope scope, Pageable pageable) {
        return lectures.findInScope(scope.likePattern(), pageable);
    }
}
