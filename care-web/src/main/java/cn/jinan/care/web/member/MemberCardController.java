package cn.jinan.care.web.member;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.persistence.member.MemberRepository;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * DELIBERATELY UNGUARDED (issue 9's demonstration, to be reverted): a member's name by id, fetched without the data
 * scope. RouteAccessTest must fail on it.
 */
@Controller
@RequiredArgsConstructor
class MemberCardController {

    private final MemberRepository members;

    @GetMapping("/members/{id}/card")
    @ResponseBody
    String card(@PathVariable long id) {
        return members.findById(id).map(Member::getName).orElse("");
    }
}
