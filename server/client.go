package server

import (
	"context"
	"net"
	"net/http"
	"net/netip"
	"strings"
)

type clientKey struct{}

// realClient finds who a request comes from and puts it in the context for
// the rate limit and the logs. The peer's address is the client unless the
// peer is a trusted proxy; then X-Forwarded-For is read from the right (the
// entry the nearest proxy added) past every trusted proxy, and the first
// address that is not one is the client. Entries left of it are whatever the
// client chose to send and are never believed.
func realClient(trusted []netip.Prefix, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		client := peer(r)
		if client.IsValid() && isTrusted(trusted, client) {
			client = forwardedFor(trusted, client, r.Header.Values("X-Forwarded-For"))
		}
		if client.IsValid() {
			r = r.WithContext(context.WithValue(r.Context(), clientKey{}, client))
		}
		next.ServeHTTP(w, r)
	})
}

func peer(r *http.Request) netip.Addr {
	ap, err := netip.ParseAddrPort(r.RemoteAddr)
	if err != nil {
		return netip.Addr{}
	}
	return ap.Addr().Unmap()
}

func isTrusted(trusted []netip.Prefix, a netip.Addr) bool {
	for _, p := range trusted {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// forwardedFor walks the X-Forwarded-For chain from the right; a malformed
// entry stops the walk at the last address known good.
func forwardedFor(trusted []netip.Prefix, proxy netip.Addr, headers []string) netip.Addr {
	var chain []string
	for _, h := range headers {
		chain = append(chain, strings.Split(h, ",")...)
	}
	client := proxy
	for i := len(chain) - 1; i >= 0; i-- {
		a, err := netip.ParseAddr(strings.TrimSpace(chain[i]))
		if err != nil {
			break
		}
		client = a.Unmap()
		if !isTrusted(trusted, client) {
			break
		}
	}
	return client
}

// clientIP is the request's client as realClient found it, for logs.
func clientIP(r *http.Request) string {
	if a, ok := r.Context().Value(clientKey{}).(netip.Addr); ok {
		return a.String()
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// clientBucketKey is what the rate limit counts by: an IPv4 address, or an
// IPv6 client's /64, since one host commonly holds a whole /64 and could
// otherwise take a fresh address, and a fresh bucket, for every request.
func clientBucketKey(r *http.Request) string {
	a, ok := r.Context().Value(clientKey{}).(netip.Addr)
	if !ok {
		return clientIP(r)
	}
	if a.Is6() {
		p, _ := a.Prefix(64)
		return p.String()
	}
	return a.String()
}

// ParseTrustedProxies reads a comma-separated list of addresses and CIDR
// prefixes (DIPLOGRAPH_TRUSTED_PROXIES).
func ParseTrustedProxies(list string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, part := range strings.Split(list, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if strings.Contains(part, "/") {
			p, err := netip.ParsePrefix(part)
			if err != nil {
				return nil, err
			}
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(part)
		if err != nil {
			return nil, err
		}
		a = a.Unmap()
		out = append(out, netip.PrefixFrom(a, a.BitLen()))
	}
	return out, nil
}
