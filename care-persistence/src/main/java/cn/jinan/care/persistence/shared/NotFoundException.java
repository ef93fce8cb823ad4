package cn.jinan.care.persistence.shared;

/**
 * The record does not exist, or lies outside the caller's data scope: the two are deliberately indistinguishable, so
 * that guessing ids reveals nothing. The web layer answers 404.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found in scope");
    }
}
