package cn.jinan.care.persistence.counseling;

/** 第24条: the user's scope covers the member, but the user has not been granted the counseling permission. */
public class CounselingPermissionRequired extends RuntimeException {

    public CounselingPermissionRequired(String what) {
        super("counseling permission required to " + what);
    }
}
