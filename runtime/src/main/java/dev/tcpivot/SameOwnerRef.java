package dev.tcpivot;

/**
 * A {@link Ref} that does not name an owner, so the object is looked up in (or created in) the
 * owner of the request. {@code /v3/victims} and {@code /v3/victimAssets}, which do not accept
 * associations across owners, take only these.
 *
 * @param <T> the response model of the object type
 */
public interface SameOwnerRef<T> extends Ref<T> {}
