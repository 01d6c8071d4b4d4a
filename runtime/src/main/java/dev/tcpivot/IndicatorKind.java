package dev.tcpivot;

/**
 * The kind of an Indicator in a batch file: one marker type per Indicator type, generated from the
 * tables ({@code BatchIndicators.Host}, ...). It types the ends of an Indicator-to-Indicator
 * association, so that only the pairs of indicator-associations.table compile.
 */
public interface IndicatorKind {}
