#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, d1)>
#map2 = affine_map<(d0, d1) -> (d0, d1)>
module {
  func.func @main(%arg0: tensor<1x12x12x12xf32>) -> tensor<1x48xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 9.000000e+00 : f32
    %cst_1 = arith.constant 1.440000e+02 : f32
    %padded = tensor.pad %arg0 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg1: index, %arg2: index, %arg3: index, %arg4: index):
      tensor.yield %cst : f32
    } : tensor<1x12x12x12xf32> to tensor<1x12x14x14xf32>
    %0 = tensor.empty() : tensor<1x12x12x12xf32>
    %1 = linalg.fill ins(%cst : f32) outs(%0 : tensor<1x12x12x12xf32>) -> tensor<1x12x12x12xf32>
    %2 = tensor.empty() : tensor<3x3xf32>
    %3 = linalg.pooling_nchw_sum {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded, %2 : tensor<1x12x14x14xf32>, tensor<3x3xf32>) outs(%1 : tensor<1x12x12x12xf32>) -> tensor<1x12x12x12xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%3 : tensor<1x12x12x12xf32>) outs(%0 : tensor<1x12x12x12xf32>) {
    ^bb0(%in: f32, %out: f32):
      %12 = arith.divf %in, %cst_0 : f32
      linalg.yield %12 : f32
    } -> tensor<1x12x12x12xf32>
    %concat = tensor.concat dim(1) %arg0, %arg0 : (tensor<1x12x12x12xf32>, tensor<1x12x12x12xf32>) -> tensor<1x24x12x12xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg0, %4 : tensor<1x12x12x12xf32>, tensor<1x12x12x12xf32>) outs(%0 : tensor<1x12x12x12xf32>) {
    ^bb0(%in: f32, %in_4: f32, %out: f32):
      %12 = arith.addf %in, %in_4 : f32
      linalg.yield %12 : f32
    } -> tensor<1x12x12x12xf32>
    %concat_2 = tensor.concat dim(1) %arg0, %5 : (tensor<1x12x12x12xf32>, tensor<1x12x12x12xf32>) -> tensor<1x24x12x12xf32>
    %6 = tensor.empty() : tensor<1x24xf32>
    %7 = linalg.fill ins(%cst : f32) outs(%6 : tensor<1x24xf32>) -> tensor<1x24xf32>
    %8 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%concat : tensor<1x24x12x12xf32>) outs(%7 : tensor<1x24xf32>) {
    ^bb0(%in: f32, %out: f32):
      %12 = arith.addf %in, %out : f32
      linalg.yield %12 : f32
    } -> tensor<1x24xf32>
    %9 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%8 : tensor<1x24xf32>) outs(%6 : tensor<1x24xf32>) {
    ^bb0(%in: f32, %out: f32):
      %12 = arith.divf %in, %cst_1 : f32
      linalg.yield %12 : f32
    } -> tensor<1x24xf32>
    %10 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%concat_2 : tensor<1x24x12x12xf32>) outs(%7 : tensor<1x24xf32>) {
    ^bb0(%in: f32, %out: f32):
      %12 = arith.addf %in, %out : f32
      linalg.yield %12 : f32
    } -> tensor<1x24xf32>
    %11 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%10 : tensor<1x24xf32>) outs(%6 : tensor<1x24xf32>) {
    ^bb0(%in: f32, %out: f32):
      %12 = arith.divf %in, %cst_1 : f32
      linalg.yield %12 : f32
    } -> tensor<1x24xf32>
    %concat_3 = tensor.concat dim(1) %9, %11 : (tensor<1x24xf32>, tensor<1x24xf32>) -> tensor<1x48xf32>
    return %concat_3 : tensor<1x48xf32>
  }
}
