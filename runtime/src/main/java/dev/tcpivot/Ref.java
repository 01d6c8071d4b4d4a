package dev.tcpivot;

/**
 * Something an association can point at: an object of type {@code T} that exists already (named
 * by ID, or an Indicator by its summary) or one that the request creates. Obtain one from the
 * generated factories, e.g. {@code GroupRef.id(12)}, {@code IndicatorRef.address("71.6.135.131")},
 * {@code NewGroup.adversary("Bad Guy")}.
 *
 * <p>A plain {@code Ref} may name another owner ({@code .ownerName("Demo Source")}); endpoints that
 * do not accept associations across owners take only {@link SameOwnerRef}s.
 *
 * @param <T> the response model of the object type, e.g. {@code Group}
 */
public interface Ref<T> {}
