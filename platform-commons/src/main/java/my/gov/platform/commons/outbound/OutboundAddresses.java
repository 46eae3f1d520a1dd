package my.gov.platform.commons.outbound;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Which resolved addresses a server-side fetch may connect to: only public unicast ones. Loopback,
 * link-local (cloud metadata at 169.254.169.254 among them), private, shared (CGNAT), multicast,
 * unspecified, broadcast and reserved ranges are refused, and so are IPv6 forms that carry such an
 * IPv4 address (mapped, compatible, NAT64, 6to4), since the kernel routes those to the IPv4 target.
 */
public final class OutboundAddresses {
    private record Range(byte[] prefix, int bits) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            if (!Arrays.equals(address, 0, whole, prefix, 0, whole)) {
                return false;
            }
            int rest = bits % 8;
            int mask = (0xff << (8 - rest)) & 0xff;
            return rest == 0 || (address[whole] & mask) == (prefix[whole] & mask);
        }
    }

    private static final List<Range> REFUSED = List.of(
            range("0.0.0.0", 8), range("10.0.0.0", 8), range("100.64.0.0", 10), range("127.0.0.0", 8),
            range("169.254.0.0", 16), range("172.16.0.0", 12), range("192.0.0.0", 24), range("192.0.2.0", 24),
            range("192.168.0.0", 16), range("198.18.0.0", 15), range("198.51.100.0", 24), range("203.0.113.0", 24),
            range("224.0.0.0", 4), range("240.0.0.0", 4),
            range("::", 128), range("::1", 128), range("fe80::", 10), range("fec0::", 10), range("fc00::", 7),
            range("ff00::", 8), range("2001:db8::", 32), range("100::", 64));

    /** IPv6 prefixes whose last (or, for 6to4, next) 32 bits are an IPv4 address the packet reaches. */
    private static final Range MAPPED = range("::ffff:0:0", 96);
    private static final Range COMPATIBLE = range("::", 96);
    private static final Range NAT64 = range("64:ff9b::", 96);
    private static final Range SIX_TO_FOUR = range("2002::", 16);

    private OutboundAddresses() {
    }

    /** True when a fetch may connect to this address. */
    public static boolean isPublic(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (REFUSED.stream().anyMatch(range -> range.contains(bytes))) {
            return false;
        }
        if (bytes.length == 16) {
            if (MAPPED.contains(bytes) || COMPATIBLE.contains(bytes) || NAT64.contains(bytes)) {
                return isPublic(ipv4(Arrays.copyOfRange(bytes, 12, 16)));
            }
            if (SIX_TO_FOUR.contains(bytes)) {
                return isPublic(ipv4(Arrays.copyOfRange(bytes, 2, 6)));
            }
        }
        return true;
    }

    private static Range range(String literal, int bits) {
        try {
            // A literal, so no lookup; an IPv4-mapped literal stays 16 bytes only through the byte form.
            byte[] prefix = InetAddress.getByName(literal).getAddress();
            return new Range(literal.contains(":") && prefix.length == 4 ? mapped(prefix) : prefix, bits);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    private static byte[] mapped(byte[] ipv4) {
        byte[] bytes = new byte[16];
        bytes[10] = (byte) 0xff;
        bytes[11] = (byte) 0xff;
        System.arraycopy(ipv4, 0, bytes, 12, 4);
        return bytes;
    }

    private static InetAddress ipv4(byte[] bytes) {
        try {
            return Inet4Address.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
