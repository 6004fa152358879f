// IREE 3.13 miscompiles this program (fuzz seed 3451, reduced by hand from its torch model):
//   r = relu(x); return cat(r + x, r), avg_pool2d(x + r, 3, 1, 1)
// Dispatch creation fuses relu and the two (equal) adds into one dispatch with two results, and
// the pooling then reads the relu result instead of the sum: output1 = avg_pool(relu(x)).
// Stock `iree-compile --iree-hal-target-device=local --iree-hal-local-target-device-backends=llvm-cpu`
// shows it with every flag set iops-mlir uses; `--iree-dispatch-creation-fuse-multi-use=false`
// gives the right result. tests/test_toolchain_facts.py checks both, so the note goes when a new IREE fixes it.
#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
module {
  func.func @main(%arg0: tensor<1x2x6x6xf32>) -> (tensor<1x4x6x6xf32>, tensor<1x2x6x6xf32>) {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 9.000000e+00 : f32
    %0 = tensor.empty() : tensor<1x2x6x6xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg0 : tensor<1x2x6x6xf32>) outs(%0 : tensor<1x2x6x6xf32>) {
    ^bb0(%in: f32, %out: f32):
      %8 = arith.cmpf ugt, %in, %cst : f32
      %9 = arith.select %8, %in, %cst : f32
      linalg.yield %9 : f32
    } -> tensor<1x2x6x6xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%1, %arg0 : tensor<1x2x6x6xf32>, tensor<1x2x6x6xf32>) outs(%0 : tensor<1x2x6x6xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %8 = arith.addf %in, %in_1 : f32
      linalg.yield %8 : f32
    } -> tensor<1x2x6x6xf32>
    %3 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg0, %1 : tensor<1x2x6x6xf32>, tensor<1x2x6x6xf32>) outs(%0 : tensor<1x2x6x6xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %8 = arith.addf %in, %in_1 : f32
      linalg.yield %8 : f32
    } -> tensor<1x2x6x6xf32>
    %concat = tensor.concat dim(1) %2, %1 : (tensor<1x2x6x6xf32>, tensor<1x2x6x6xf32>) -> tensor<1x4x6x6xf32>
    %padded = tensor.pad %3 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg1: index, %arg2: index, %arg3: index, %arg4: index):
      tensor.yield %cst : f32
    } : tensor<1x2x6x6xf32> to tensor<1x2x8x8xf32>
    %4 = linalg.fill ins(%cst : f32) outs(%0 : tensor<1x2x6x6xf32>) -> tensor<1x2x6x6xf32>
    %5 = tensor.empty() : tensor<3x3xf32>
    %6 = linalg.pooling_nchw_sum {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded, %5 : tensor<1x2x8x8xf32>, tensor<3x3xf32>) outs(%4 : tensor<1x2x6x6xf32>) -> tensor<1x2x6x6xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%6 : tensor<1x2x6x6xf32>) outs(%0 : tensor<1x2x6x6xf32>) {
    ^bb0(%in: f32, %out: f32):
      %8 = arith.divf %in, %cst_0 : f32
      linalg.yield %8 : f32
    } -> tensor<1x2x6x6xf32>
    return %concat, %7 : tensor<1x4x6x6xf32>, tensor<1x2x6x6xf32>
  }
}
