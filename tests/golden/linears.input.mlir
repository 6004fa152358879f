#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d1)>
#map2 = affine_map<(d0, d1) -> (d0, 0)>
module {
  func.func @main(%arg0: tensor<3x8xf32>) -> tensor<3x4xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant dense_resource<torch_tensor_4_8_torch.float32> : tensor<4x8xf32>
    %cst_1 = arith.constant dense_resource<torch_tensor_6_torch.float32_1> : tensor<6xf32>
    %cst_2 = arith.constant dense_resource<torch_tensor_6_8_torch.float32_1> : tensor<6x8xf32>
    %cst_3 = arith.constant dense_resource<torch_tensor_6_torch.float32> : tensor<6xf32>
    %cst_4 = arith.constant dense_resource<torch_tensor_6_8_torch.float32> : tensor<6x8xf32>
    %0 = tensor.empty() : tensor<8x6xf32>
    %transposed = linalg.transpose ins(%cst_4 : tensor<6x8xf32>) outs(%0 : tensor<8x6xf32>) permutation = [1, 0] 
    %1 = tensor.empty() : tensor<3x6xf32>
    %2 = linalg.fill ins(%cst : f32) outs(%1 : tensor<3x6xf32>) -> tensor<3x6xf32>
    %3 = linalg.matmul ins(%arg0, %transposed : tensor<3x8xf32>, tensor<8x6xf32>) outs(%2 : tensor<3x6xf32>) -> tensor<3x6xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%3, %cst_3 : tensor<3x6xf32>, tensor<6xf32>) outs(%1 : tensor<3x6xf32>) {
    ^bb0(%in: f32, %in_7: f32, %out: f32):
      %18 = arith.addf %in, %in_7 : f32
      linalg.yield %18 : f32
    } -> tensor<3x6xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%4 : tensor<3x6xf32>) outs(%1 : tensor<3x6xf32>) {
    ^bb0(%in: f32, %out: f32):
      %18 = arith.cmpf ugt, %in, %cst : f32
      %19 = arith.select %18, %in, %cst : f32
      linalg.yield %19 : f32
    } -> tensor<3x6xf32>
    %transposed_5 = linalg.transpose ins(%cst_2 : tensor<6x8xf32>) outs(%0 : tensor<8x6xf32>) permutation = [1, 0] 
    %6 = linalg.matmul ins(%arg0, %transposed_5 : tensor<3x8xf32>, tensor<8x6xf32>) outs(%2 : tensor<3x6xf32>) -> tensor<3x6xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%6, %cst_1 : tensor<3x6xf32>, tensor<6xf32>) outs(%1 : tensor<3x6xf32>) {
    ^bb0(%in: f32, %in_7: f32, %out: f32):
      %18 = arith.addf %in, %in_7 : f32
      linalg.yield %18 : f32
    } -> tensor<3x6xf32>
    %8 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%7 : tensor<3x6xf32>) outs(%1 : tensor<3x6xf32>) {
    ^bb0(%in: f32, %out: f32):
      %18 = arith.cmpf ugt, %in, %cst : f32
      %19 = arith.select %18, %in, %cst : f32
      linalg.yield %19 : f32
    } -> tensor<3x6xf32>
    %9 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%5, %8 : tensor<3x6xf32>, tensor<3x6xf32>) outs(%1 : tensor<3x6xf32>) {
    ^bb0(%in: f32, %in_7: f32, %out: f32):
      %18 = arith.mulf %in, %in_7 : f32
      linalg.yield %18 : f32
    } -> tensor<3x6xf32>
    %10 = tensor.empty() : tensor<3x1xf32>
    %11 = linalg.fill ins(%cst : f32) outs(%10 : tensor<3x1xf32>) -> tensor<3x1xf32>
    %12 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "reduction"]} ins(%9 : tensor<3x6xf32>) outs(%11 : tensor<3x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %18 = arith.addf %in, %out : f32
      linalg.yield %18 : f32
    } -> tensor<3x1xf32>
    %13 = tensor.empty() : tensor<8x4xf32>
    %transposed_6 = linalg.transpose ins(%cst_0 : tensor<4x8xf32>) outs(%13 : tensor<8x4xf32>) permutation = [1, 0] 
    %14 = tensor.empty() : tensor<3x4xf32>
    %15 = linalg.fill ins(%cst : f32) outs(%14 : tensor<3x4xf32>) -> tensor<3x4xf32>
    %16 = linalg.matmul ins(%arg0, %transposed_6 : tensor<3x8xf32>, tensor<8x4xf32>) outs(%15 : tensor<3x4xf32>) -> tensor<3x4xf32>
    %17 = linalg.generic {indexing_maps = [#map2, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%12, %16 : tensor<3x1xf32>, tensor<3x4xf32>) outs(%14 : tensor<3x4xf32>) {
    ^bb0(%in: f32, %in_7: f32, %out: f32):
      %18 = arith.addf %in, %in_7 : f32
      linalg.yield %18 : f32
    } -> tensor<3x4xf32>
    return %17 : tensor<3x4xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_4_8_torch.float32: "0x04000000E4959FBCEA6E593D0B4414BE5DD3563E8F505CBE6440A43EE51A783E88A698BE2536B4BD67B0823C8F49533D86BBAB3DFF120E3E4A7DAD3C2AA630BE0E502B3E81A4ADBE2E9556BE1842B5BD975A30BE714EFDBD0C5E94BEB0059ABDB5C69A3D16DB6BBE02A394BC3595813EE4DE14BD5DFD203C86DCF9BC2E8A923DCF32663E",
      torch_tensor_6_torch.float32_1: "0x04000000A3DB1DBE3F3DB6BD4D70ACBE123CD0BB775188BE67A18BBE",
      torch_tensor_6_8_torch.float32_1: "0x04000000F2BD723E522B55BE70ED863D65588CBE8AEC7ABEF2053BBE10D0233EFD98113E5B7456BEB8BFDA3DC5BF463E43C836BDCF2B5D3CAAC5A73DAE99603E4ED0AD3E6D7F8BBE1CAD04BEE7480E3EC4FB953E3C869D3E40B99F3E171A903D49699DBE2838053D4B7E62BEA4B3A8BE96D5A03ECBA3893E6492B4BEEC86873DC6F473BD5C4F6EBDC7B925BE65390B3ED06F56BE61B8043EFD15373E2B96813ECB5E073E4529B3BE76DA6ABE77C5343EE58C973DD5358DBE0B7850BE374BAA3EB8F2733E",
      torch_tensor_6_torch.float32: "0x04000000F68F20BEF20251BCB38B673E12F5B33ECBAF0F3EA6A2433D",
      torch_tensor_6_8_torch.float32: "0x0400000022792DBB9C36423EB1FC94BE1D3885BED6700BBEAB2AC23D578AE5BB40878F3EDE8300BD9799BF3D5DD3DABD1B548EBDC2EFACBE90C56FBE9F3D15BE4C94563C6B200F3E403B593EDE7075BE86A71DBEA77F033EF750963EE70395BD7A75873E1E6B69BD353C193DA1E8A33E20EDA7BEC5EA63BEAC4FB7BD661F0DBE9E669C3E85AA6ABE86A826BE53EF7CBE2089A9BE2D5653BE979A9B3E5E8C213E5F782F3E4952983C7B9C39BE6E01753D4D04A9BE68CC82BE4CA43ABE876C643E5D45543E"
    }
  }
#-}
