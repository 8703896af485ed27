package source

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
)

const anvilLogs = `[{"address":"0x5fbdb2315678afecb367f032d93f642f64180aa3","topics":["0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef","0x0000000000000000000000000000000000000000000000000000000000000000","0x000000000000000000000000f39fd6e51aad88f6f4ce6ab8827279cfffb92266"],"data":"0x00000000000000000000000000000000000000000000000000000000000003e8","blockHash":"0xc2718e3adbd6719da28e2052f9c02523a56157a57a6a6cd2deb6245ff826cf6c","blockNumber":"0x1","blockTimestamp":"0x6b06f73c","transactionHash":"0x7f749a5afad3c3ba8fa6822d5a1a84837899782b7cf54fd31386cefa5a51fe86","transactionIndex":"0x0","logIndex":"0x0","removed":false},
 {"address":"0x5fbdb2315678afecb367f032d93f642f64180aa3","topics":[],"data":"0x","blockHash":"0xc2718e3adbd6719da28e2052f9c02523a56157a57a6a6cd2deb6245ff826cf6c","blockNumber":"0x1f","transactionHash":"0x7f749a5afad3c3ba8fa6822d5a1a84837899782b7cf54fd31386cefa5a51fe86","transactionIndex":"0xa","logIndex":"0x12","removed":true}]`

func slowLogs(raw []byte) ([]types.Log, error) {
	var logs []types.Log
	err := json.Unmarshal(raw, &logs)
	return logs, err
}

func TestParseLogs_MatchesEncodingJSON(t *testing.T) {
	cases := map[string]string{
		"anvil answer":             anvilLogs,
		"empty":                    `[]`,
		"null":                     `null`,
		"spaces":                   " [ \n ] ",
		"unknown string field":     `[{"address":"0x5fbdb2315678afecb367f032d93f642f64180aa3","topics":[],"data":"0x","transactionHash":"0x7f749a5afad3c3ba8fa6822d5a1a84837899782b7cf54fd31386cefa5a51fe86","extra":"x"}]`,
		"unknown object field":     `[{"address":"0x5fbdb2315678afecb367f032d93f642f64180aa3","topics":[],"data":"0x","transactionHash":"0x7f749a5afad3c3ba8fa6822d5a1a84837899782b7cf54fd31386cefa5a51fe86","extra":{"a":[1]}}]`,
		"upper-case hex":           `[{"address":"0x5FBDB2315678AFECB367F032D93F642F64180AA3","topics":[],"data":"0xABCD","transactionHash":"0x7F749A5AFAD3C3BA8FA6822D5A1A84837899782B7CF54FD31386CEFA5A51FE86"}]`,
		"escaped string":           `[{"address":"0x5fbdb2315678afecb367f032d93f642f64180aa3","topics":[],"data":"0x","transactionHash":"0x7f749a5afad3c3ba8fa6822d5a1a84837899782b7cf54fd31386cefa5a51fe86","note":"a\"b"}]`,
		"missing transaction hash": `[{"address":"0x5fbdb2315678afecb367f032d93f642f64180aa3","topics":[],"data":"0x"}]`,
		"odd data":                 `[{"address":"0x5fbdb2315678afecb367f032d93f642f64180aa3","topics":[],"data":"0xabc","transactionHash":"0x7f749a5afad3c3ba8fa6822d5a1a84837899782b7cf54fd31386cefa5a51fe86"}]`,
		"short topic":              `[{"address":"0x5fbdb2315678afecb367f032d93f642f64180aa3","topics":["0x01"],"data":"0x","transactionHash":"0x7f749a5afad3c3ba8fa6822d5a1a84837899782b7cf54fd31386cefa5a51fe86"}]`,
		"leading zero in a number": `[{"address":"0x5fbdb2315678afecb367f032d93f642f64180aa3","topics":[],"data":"0x","blockNumber":"0x01","transactionHash":"0x7f749a5afad3c3ba8fa6822d5a1a84837899782b7cf54fd31386cefa5a51fe86"}]`,
		"trailing garbage":         `[]x`,
		"not an array":             `{"a":1}`,
	}
	for name, raw := range cases {
		t.Run(name, func(t *testing.T) {
			want, wantErr := slowLogs([]byte(raw))
			got, err := parseLogs([]byte(raw))
			if (err != nil) != (wantErr != nil) {
				t.Fatalf("parseLogs() error = %v, encoding/json error = %v", err, wantErr)
			}
			if err == nil && !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
				t.Errorf("parseLogs() = %+v\nwant %+v", got, want)
			}
		})
	}
	fast, err := scanLogs([]byte(anvilLogs))
	if err != nil || len(fast) != 2 {
		t.Fatalf("scanLogs(anvil answer) = %d logs, %v; want the fast path to take it", len(fast), err)
	}
}

// FuzzParseLogs: on any input parseLogs agrees with encoding/json into []types.Log.
func FuzzParseLogs(f *testing.F) {
	f.Add([]byte(anvilLogs))
	f.Add([]byte(`[]`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		want, wantErr := slowLogs(raw)
		got, err := parseLogs(raw)
		if (err != nil) != (wantErr != nil) {
			t.Fatalf("parseLogs() error = %v, encoding/json error = %v", err, wantErr)
		}
		if err == nil && !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Fatalf("parseLogs() = %+v\nwant %+v", got, want)
		}
	})
}

func BenchmarkParseLogs(b *testing.B) {
	var many []json.RawMessage
	var one []json.RawMessage
	if err := json.Unmarshal([]byte(anvilLogs), &one); err != nil {
		b.Fatal(err)
	}
	for i := 0; i < 5000; i++ {
		many = append(many, one[0])
	}
	raw, _ := json.Marshal(many)
	b.Run("fast", func(b *testing.B) {
		for b.Loop() {
			if _, err := parseLogs(raw); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(many)*b.N)/b.Elapsed().Seconds(), "logs/s")
	})
	b.Run("encoding/json", func(b *testing.B) {
		for b.Loop() {
			if _, err := slowLogs(raw); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(many)*b.N)/b.Elapsed().Seconds(), "logs/s")
	})
}

// TestScanResponse: the one-pass parse of a whole eth_getLogs answer takes the common
// envelopes and gives what parsing the result alone gives; anything else (an error
// answer, unknown members, no result) goes to the slow path.
func TestScanResponse(t *testing.T) {
	want, err := slowLogs([]byte(anvilLogs))
	if err != nil {
		t.Fatal(err)
	}
	fast := map[string]string{
		"numeric id":      `{"jsonrpc":"2.0","id":7,"result":` + anvilLogs + `}`,
		"string id":       `{"jsonrpc":"2.0","id":"a-7","result":` + anvilLogs + `}`,
		"result first":    ` { "result" : ` + anvilLogs + ` , "id" : 7 , "jsonrpc" : "2.0" } `,
		"without jsonrpc": `{"id":1,"result":` + anvilLogs + `}`,
	}
	for name, raw := range fast {
		t.Run(name, func(t *testing.T) {
			got, err := scanResponse([]byte(raw))
			if err != nil {
				t.Fatalf("scanResponse() = %v, want the fast path", err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("scanResponse() = %+v\nwant %+v", got, want)
			}
		})
	}
	slow := map[string]string{
		"error answer":     `{"jsonrpc":"2.0","id":1,"error":{"code":-32005,"message":"query returned more than 10000 results"}}`,
		"no result":        `{"jsonrpc":"2.0","id":1}`,
		"null id":          `{"jsonrpc":"2.0","id":null,"result":[]}`,
		"unknown member":   `{"jsonrpc":"2.0","id":1,"result":[],"x":1}`,
		"trailing garbage": `{"jsonrpc":"2.0","id":1,"result":[]}]`,
		"not an object":    `[]`,
	}
	for name, raw := range slow {
		t.Run(name, func(t *testing.T) {
			if got, err := scanResponse([]byte(raw)); err == nil {
				t.Errorf("scanResponse() = %d logs, nil; want the slow path", len(got))
			}
		})
	}
}
