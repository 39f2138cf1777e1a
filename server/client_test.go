package server_test

import (
	"net/http"
	"net/http/httptest"
	"net/netip"
	"testing"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/server"
	"github.com/diplograph/diplograph/store/memstore"
)

// The rate limit counts per client: behind a trusted proxy by the address
// the proxy forwards, never by what a client writes itself, and an IPv6
// client by its /64.
func TestTheRateLimitCountsRealClients(t *testing.T) {
	loopback := []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8"), netip.MustParsePrefix("::1/128")}
	type call struct {
		forwardedFor string
		want         int
	}
	for _, tc := range []struct {
		name    string
		trusted []netip.Prefix
		calls   []call
	}{
		{"behind a trusted proxy each forwarded client has its own bucket", loopback, []call{
			{"203.0.113.1", 200}, {"203.0.113.2", 200}, {"203.0.113.1", 429},
		}},
		{"without trusted proxies X-Forwarded-For is ignored", nil, []call{
			{"203.0.113.1", 200}, {"203.0.113.2", 429},
		}},
		{"entries a client wrote before the proxy's own are not believed", loopback, []call{
			{"198.51.100.1, 203.0.113.9", 200}, {"198.51.100.2, 203.0.113.9", 429},
		}},
		{"a chain of trusted proxies is walked to the first untrusted address", []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8"), netip.MustParsePrefix("10.0.0.0/8")}, []call{
			{"203.0.113.7, 10.1.2.3", 200}, {"203.0.113.8, 10.1.2.3", 200}, {"203.0.113.7, 10.9.9.9", 429},
		}},
		{"an IPv6 client rotating within its /64 shares one bucket", loopback, []call{
			{"2001:db8:1:2::1", 200}, {"2001:db8:1:2:abcd::99", 429}, {"2001:db8:1:2:ffff:ffff:ffff:ffff", 429},
		}},
		{"IPv6 clients in different /64s have their own buckets", loopback, []call{
			{"2001:db8:1:2::1", 200}, {"2001:db8:1:3::1", 200},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(server.New(server.Config{Logger: quiet, Store: memstore.New(), Schema: diplograph.Schema,
				RatePerSecond: 0.001, RateBurst: 1, TrustedProxies: tc.trusted}))
			defer srv.Close()
			for i, c := range tc.calls {
				req, _ := http.NewRequest(http.MethodGet, srv.URL+"/graphql?query=%7Bstats%7BentityCount%7D%7D", nil)
				req.Header.Set("X-Forwarded-For", c.forwardedFor)
				resp, err := http.DefaultClient.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				resp.Body.Close()
				if resp.StatusCode != c.want {
					t.Errorf("call %d from %q: status %d, want %d", i+1, c.forwardedFor, resp.StatusCode, c.want)
				}
			}
		})
	}
}

func TestTrustedProxiesAreParsed(t *testing.T) {
	for _, tc := range []struct {
		name, list string
		want       []string
		bad        bool
	}{
		{"addresses and prefixes are read", "10.0.0.0/8, 192.168.1.1,::1 , fd00::/8", []string{"10.0.0.0/8", "192.168.1.1/32", "::1/128", "fd00::/8"}, false},
		{"an empty setting trusts no one", "", nil, false},
		{"a host name is refused", "proxy.example", nil, true},
		{"a prefix with host bits is masked", "10.1.2.3/8", []string{"10.0.0.0/8"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := server.ParseTrustedProxies(tc.list)
			if (err != nil) != tc.bad {
				t.Fatalf("err %v, want error %v", err, tc.bad)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
			for i := range got {
				if got[i].String() != tc.want[i] {
					t.Errorf("got %v, want %v", got, tc.want)
				}
			}
		})
	}
}
