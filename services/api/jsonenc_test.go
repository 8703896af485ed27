package api

import (
	"bytes"
	"encoding/json"
	"math"
	"testing"

	"github.com/danielgtaylor/huma/v2"
)

// The oracle is huma's default JSON format (encoding/json, HTML escaping off): the hand
// written encoders must produce exactly its bytes, so no client can tell them apart.

func marshalBoth(t *testing.T, v any) (fast, slow []byte, fastErr, slowErr error) {
	t.Helper()
	if _, ok := v.(jsonAppender); !ok {
		t.Fatalf("%T has no fast path", v)
	}
	var f, s bytes.Buffer
	fastErr = jsonFormat.Marshal(&f, v)
	slowErr = huma.DefaultJSONFormat.Marshal(&s, v)
	return f.Bytes(), s.Bytes(), fastErr, slowErr
}

func checkSame(t *testing.T, v any) {
	t.Helper()
	fast, slow, fastErr, slowErr := marshalBoth(t, v)
	if (fastErr != nil) != (slowErr != nil) {
		t.Fatalf("%T: fast error %v, encoding/json error %v", v, fastErr, slowErr)
	}
	if slowErr == nil && !bytes.Equal(fast, slow) {
		t.Fatalf("%T differs\nfast: %s\njson: %s", v, fast, slow)
	}
}

func ptr[T any](v T) *T { return &v }

// awkward holds every character class the string escaper treats apart.
const awkward = "a\"b\\c\x00\x01\x1f\b\f\n\r\t<>&\u2028\u2029é€😀\xff\xc3(end"

func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	addr := "0x5B38Da6a701c568545dCfcB03FcB875f56beddC4"
	full := Asset{TokenID: "1", Owner: addr, AssetCode: "0x01", ContentHash: "0x02", URI: awkward, Verified: true,
		VerifiedBy: ptr(addr), ValidUntil: ptr(uint64(1 << 63)), Device: ptr(addr), User: ptr(addr),
		UserExpires: ptr(^uint64(0)), Listed: true, ListingID: ptr("7"), Locked: true, BlockNumber: 1<<63 - 1}
	listing := Listing{ID: "3", TokenID: "1", Provider: addr, PaymentToken: addr, PricePerHour: "115792089237316195423570985008687907853269984665640564039457584007913129639935",
		Deposit: "0", MinDuration: 0, MaxDuration: ^uint64(0), PricePerUnit: "5", CancelFeeBps: 10000,
		FreeCancelBefore: ^uint64(0), Payee: awkward, Platform: ptr(addr), TermsHash: ptr("0xfe"), Status: "closed",
		Pledge: Pledge{Amount: "100", State: "locked"}, BlockNumber: -1, Kind: ptr("charging_pile"), Title: ptr(awkward),
		Location: Optional[Location]{V: &Location{Lat: -89.9999999, Lon: 4.8357}}, DistanceM: ptr(int64(1234))}
	tiny := Listing{Location: Optional[Location]{V: &Location{Lat: 1e-7, Lon: -0.0000001234}}, DistanceM: ptr(int64(0))}
	settled := Rental{ID: "9", ListingID: "3", TokenID: "1", Renter: addr, Provider: addr, Payee: addr, Device: ptr(addr),
		Platform: ptr(awkward), Status: "settled", Start: 1, End: 2, Rent: "10", Deposit: "20", CheckedIn: true,
		Confirmed: true, ReturnedAt: ptr(uint64(0)), InspectionEnd: ptr(^uint64(0)), DisputeID: ptr("4"),
		UsageReports: []UsageReport{{Nonce: 1, Units: "3", DamageBps: 10000, Device: addr, TxHash: "0xab", BlockNumber: 5},
			{Nonce: ^uint64(0), Units: "0", DamageBps: 0, Device: addr, TxHash: "0xcd", BlockNumber: 6}},
		Settlement:  Optional[Settlement]{V: &Settlement{RentCharged: "1", UsageFee: "2", Damage: "3", LateFee: "4", PlatformFee: "5", Refund: "6"}},
		BlockNumber: 8}
	event := Event{BlockNumber: 1, BlockHash: "0xaa", TxHash: "0xbb", LogIndex: 2, Contract: "PledgeEscrow", Address: addr,
		Name: ptr("Rented"), Args: Args(`{"uri":"a b\t<&>\u2028","n":"1","ok":true,"list":[1,2]}`), Topics: []string{"0x01", "0x02"},
		Data: "0x", Finalized: true, Timestamp: 17}
	cursor := "eyJrIjoxfQ"

	for _, v := range []any{
		Asset{}, full,
		Listing{}, listing, tiny,
		Rental{}, settled, Rental{UsageReports: []UsageReport{}},
		Event{}, event,
		Event{Args: Args(" { \"a\" : [ 1 , 2 ] ,\n\"b\":\"x y\" } ")}, // not compact: compacted
		Event{Args: Args{}}, // empty: an error on both paths
		Event{Topics: []string{}},
		Page[Asset]{}, Page[Asset]{Items: []Asset{}}, Page[Asset]{Items: []Asset{full, {}}, NextCursor: &cursor},
		Page[Listing]{Items: []Listing{listing}},
		Page[Rental]{Items: []Rental{settled, {}}, NextCursor: &cursor},
		Page[Event]{Items: []Event{event, {}}},
		// a page of a type without a fast path goes through encoding/json item by item
		Page[Dispute]{Items: []Dispute{{ID: "1", Opener: awkward, Evidence: []Evidence{{URI: "<a&b>"}}, RulingBps: ptr(5000)}, {}}},
	} {
		checkSame(t, v)
	}
}

// FuzzAppendJSON checks the fast encoders against encoding/json on arbitrary strings,
// numbers and stored args. Args are only ever valid JSON (the column is PostgreSQL json),
// so invalid ones are skipped.
func FuzzAppendJSON(f *testing.F) {
	f.Add("0x5B38Da6a701c568545dCfcB03FcB875f56beddC4", awkward, uint64(1), int64(-1), []byte(`{"a":"b c"}`))
	f.Add("", "", uint64(0), int64(0), []byte(`null`))
	f.Add("\u2028", "\x7f\x80", ^uint64(0), int64(1)<<62, []byte(" [ 1 ,\"\\u0041\\\"\" ]\n"))
	f.Fuzz(func(t *testing.T, s1, s2 string, n uint64, i int64, args []byte) {
		checkSame(t, Asset{TokenID: s1, Owner: s2, URI: s1 + s2, VerifiedBy: &s2, ValidUntil: &n, BlockNumber: i})
		checkSame(t, Listing{ID: s2, Status: s1, MinDuration: n, Pledge: Pledge{Amount: s1, State: s2}, BlockNumber: i,
			Title: &s1, Location: Optional[Location]{V: &Location{Lat: float64(i) / float64(n|1), Lon: math.Float64frombits(n &^ (0x7ff << 52))}}})
		checkSame(t, Rental{ID: s1, DisputeID: &s2, Start: n, UsageReports: []UsageReport{{Units: s2, Nonce: n, BlockNumber: i}},
			Settlement: Optional[Settlement]{V: &Settlement{Refund: s1}}})
		if json.Valid(args) {
			checkSame(t, Page[Event]{Items: []Event{{Name: &s1, Data: s2, Args: Args(args), Topics: []string{s1, s2}, Timestamp: n}}, NextCursor: &s2})
		}
	})
}
