package my.gov.platform.exchange.products;

/** The six sectors of the Whole-of-Government Guide. */
public enum Sector {
    SOSIAL_1, SOSIAL_2, EKONOMI, INFRASTRUKTUR, KESELAMATAN, PENTADBIRAN_AWAM
}
