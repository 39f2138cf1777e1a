module github.com/diplograph/diplograph

go 1.26.8

require (
	github.com/petar-dambovaliev/aho-corasick v0.0.0-20250424160509-463d218d4745
	go.etcd.io/bbolt v1.4.3
	golang.org/x/net v0.51.0
	golang.org/x/text v0.34.0
)

require (
	github.com/stretchr/testify v1.11.1 // indirect
	golang.org/x/sys v0.41.0 // indirect
)
