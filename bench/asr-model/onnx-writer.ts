// A small ONNX graph writer for benchmark models: nodes, initializers, typed inputs and outputs and metadata,
// serialised with protobufjs against the part of ONNX's own schema (onnx/onnx.proto, MIT; field numbers as
// there) that such a model needs. No model file is committed: bench code builds one when it runs.
import protobuf from 'protobufjs';

const ONNX_SUBSET = `
syntax = "proto2";
package onnx;
message AttributeProto {
  optional string name = 1; optional float f = 2; optional int64 i = 3; repeated int64 ints = 8; optional int32 type = 20;
}
message ValueInfoProto { optional string name = 1; optional TypeProto type = 2; }
message NodeProto {
  repeated string input = 1; repeated string output = 2; optional string name = 3; optional string op_type = 4;
  repeated AttributeProto attribute = 5; optional string domain = 7;
}
message ModelProto {
  optional int64 ir_version = 1; optional string producer_name = 2; optional string producer_version = 3;
  optional string doc_string = 6; optional GraphProto graph = 7; repeated OperatorSetIdProto opset_import = 8;
  repeated StringStringEntryProto metadata_props = 14;
}
message StringStringEntryProto { optional string key = 1; optional string value = 2; }
message GraphProto {
  repeated NodeProto node = 1; optional string name = 2; repeated TensorProto initializer = 5;
  repeated ValueInfoProto input = 11; repeated ValueInfoProto output = 12;
}
message TensorProto { repeated int64 dims = 1; optional int32 data_type = 2; optional string name = 8; optional bytes raw_data = 9; }
message TensorShapeProto {
  message Dimension { oneof value { int64 dim_value = 1; string dim_param = 2; } }
  repeated Dimension dim = 1;
}
message TypeProto {
  message Tensor { optional int32 elem_type = 1; optional TensorShapeProto shape = 2; }
  oneof value { Tensor tensor_type = 1; }
}
message OperatorSetIdProto { optional string domain = 1; optional int64 version = 2; }
`;

/** TensorProto.DataType values. */
export const DataType = { FLOAT: 1, INT32: 6, INT64: 7, FLOAT16: 10 } as const;
type Attr = number | number[] | { float: number };
/** A dimension: a size, or a name for a size given at run time (the batch). */
export type Dim = number | string;

interface Tensor {
  name: string;
  dims: number[];
  data_type: number;
  raw_data: Uint8Array;
}

const bytes = (a: Float32Array | BigInt64Array | Int32Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

export class OnnxGraph {
  readonly #nodes: object[] = [];
  readonly #initializers: Tensor[] = [];
  readonly #inputs: object[] = [];
  readonly #outputs: object[] = [];
  #next = 0;
  /** Number of weights (float initializers), for stating the model's size. */
  parameters = 0;

  #valueInfo(name: string, elemType: number, dims: Dim[]): object {
    const dim = dims.map((d) => (typeof d === 'number' ? { dim_value: d } : { dim_param: d }));
    return { name, type: { tensor_type: { elem_type: elemType, shape: { dim } } } };
  }

  input(name: string, elemType: number, dims: Dim[]): string {
    this.#inputs.push(this.#valueInfo(name, elemType, dims));
    return name;
  }

  /** Marks `value` as a graph output under `name` (an Identity node gives it that name). */
  output(value: string, name: string, elemType: number, dims: Dim[]): void {
    this.#nodes.push({ op_type: 'Identity', input: [value], output: [name], name: `out_${name}` });
    this.#outputs.push(this.#valueInfo(name, elemType, dims));
  }

  weight(dims: number[], data: Float32Array): string {
    const name = `w${this.#initializers.length}`;
    this.#initializers.push({ name, dims, data_type: DataType.FLOAT, raw_data: bytes(data) });
    this.parameters += data.length;
    return name;
  }

  ints(values: number[]): string {
    const name = `c${this.#initializers.length}`;
    this.#initializers.push({ name, dims: [values.length], data_type: DataType.INT64, raw_data: bytes(BigInt64Array.from(values, BigInt)) });
    return name;
  }

  scalar(value: number): string {
    const name = `c${this.#initializers.length}`;
    this.#initializers.push({ name, dims: [], data_type: DataType.FLOAT, raw_data: bytes(Float32Array.of(value)) });
    return name;
  }

  /** Adds one node; returns its output's name. */
  op(opType: string, inputs: string[], attrs: Record<string, Attr> = {}): string {
    const output = `v${this.#next++}`;
    const attribute = Object.entries(attrs).map(([name, v]) =>
      typeof v === 'number' ? { name, type: 2, i: v } : Array.isArray(v) ? { name, type: 7, ints: v } : { name, type: 1, f: v.float },
    );
    this.#nodes.push({ op_type: opType, input: inputs, output: [output], name: `n${this.#next}`, attribute });
    return output;
  }

  /** The serialised model (ONNX IR 8, default opset 17). */
  encode(meta: Record<string, string | number>, docString: string): Uint8Array {
    const ModelProto = protobuf.parse(ONNX_SUBSET, { keepCase: true }).root.lookupType('onnx.ModelProto');
    const model = {
      ir_version: 8,
      producer_name: 'portier-bench',
      doc_string: docString,
      opset_import: [{ domain: '', version: 17 }],
      metadata_props: Object.entries(meta).map(([key, value]) => ({ key, value: String(value) })),
      graph: { name: 'main', node: this.#nodes, initializer: this.#initializers, input: this.#inputs, output: this.#outputs },
    };
    return ModelProto.encode(ModelProto.fromObject(model)).finish();
  }
}
