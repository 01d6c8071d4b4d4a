package dev.tcpivot;


/**
 * How to list an endpoint's objects: a TQL filter, an owner, a sort order and a page size. Every
 * option is optional; {@link #defaults()} lists everything in the user's Organization.
 *
 * <pre>{@code
 * tc.indicators().list(ListOptions.builder().tql("typeName EQ \"Host\"").pageSize(500).build());
 * tc.indicators().list(IndicatorQuery.typeName().eq("Host"), ListOptions.builder().pageSize(500).build());
 * }</pre>
 *
 * <p>A typed query ({@code IndicatorQuery}, ...) and a {@link Builder#tql(String) tql} string are two
 * ways to give the same filter: an endpoint refuses options with a tql string together with a query.
 */
public final class ListOptions {
  /** The largest page the API serves (v3/enable_pagination.rst). */
  public static final int MAX_PAGE_SIZE = 10_000;

  private static final ListOptions DEFAULTS = builder().build();

  private final String tql;
  private final String owner;
  private final String sorting;
  private final Integer pageSize;
  private final long resultStart;

  private ListOptions(Builder builder) {
    this.tql = builder.tql;
    this.owner = builder.owner;
    this.sorting = builder.sorting;
    this.pageSize = builder.pageSize;
    this.resultStart = builder.resultStart;
  }

  /** These options with a TQL filter instead of none. */
  ListOptions withTql(String tql) {
    Builder builder = new Builder();
    builder.tql = Checks.notBlank(tql, "tql");
    builder.owner = owner;
    builder.sorting = sorting;
    builder.pageSize = pageSize;
    builder.resultStart = resultStart;
    return new ListOptions(builder);
  }

  public static ListOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The TQL filter, or null. */
  public String tql() {
    return tql;
  }

  /** The owner name to list in, or null for the user's Organization. */
  public String owner() {
    return owner;
  }

  /** The sort order, e.g. {@code dateAdded desc}, or null. */
  public String sorting() {
    return sorting;
  }

  /** Objects per page, or null for the API's default (100). */
  public Integer pageSize() {
    return pageSize;
  }

  /** Index of the first object, 0 by default. */
  public long resultStart() {
    return resultStart;
  }

  /** Collects the options; each setter checks its argument at once. */
  public static final class Builder {
    private String tql;
    private String owner;
    private String sorting;
    private Integer pageSize;
    private long resultStart;

    private Builder() {}

    /** Keeps only objects that match this TQL query, e.g. {@code summary EQ "badguy.com"}. */
    public Builder tql(String tql) {
      this.tql = Checks.notBlank(tql, "tql");
      return this;
    }

    /** Lists objects of this owner (a Community or Source name) instead of the Organization. */
    public Builder owner(String ownerName) {
      this.owner = Checks.notBlank(ownerName, "owner");
      return this;
    }

    /** Sorts by TQL fields, e.g. {@code ownerName asc confidence desc}. */
    public Builder sorting(String sorting) {
      this.sorting = Checks.notBlank(sorting, "sorting");
      return this;
    }

    /** Objects per request, 1 to {@value ListOptions#MAX_PAGE_SIZE}. */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
        throw new IllegalArgumentException(
            "pageSize must be between 1 and " + MAX_PAGE_SIZE + " (the API's resultLimit maximum), not "
                + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    /** Skips the first objects; offsets are not stable while data changes. */
    public Builder resultStart(long resultStart) {
      if (resultStart < 0) {
        throw new IllegalArgumentException("resultStart must not be negative, not " + resultStart);
      }
      this.resultStart = resultStart;
      return this;
    }

    public ListOptions build() {
      return new ListOptions(this);
    }
  }
}
