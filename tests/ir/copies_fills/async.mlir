#executable_target_embedded_elf_x86_64 = #hal.executable.target<"llvm-cpu", "embedded-elf-x86_64", {cpu = "rocketlake", cpu_features = "+adx,+aes,+avx,+avx2,+avx512bitalg,+avx512bw,+avx512cd,+avx512dq,+avx512f,+avx512ifma,+avx512vbmi,+avx512vbmi2,+avx512vl,+avx512vnni,+avx512vpopcntdq,+bmi,+bmi2,+clflushopt,+cmov,+crc32,+cx16,+cx8,+f16c,+fma,+fsgsbase,+fxsr,+gfni,+invpcid,+lzcnt,+mmx,+movbe,+pclmul,+pku,+popcnt,+prfchw,+rdpid,+rdrnd,+rdseed,+sahf,+sha,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+vaes,+vpclmulqdq,+x87,+xsave,+xsavec,+xsaveopt,+xsaves,+64bit,+adx,+aes,-amx-avx512,+amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,+amx-int8,-amx-movrs,+amx-tile,+avx,+avx10.1,-avx10.2,-avx10v2aux,+avx2,+avx512bf16,+avx512bitalg,-avx512bmm,+avx512bw,+avx512cd,+avx512dq,+avx512f,+avx512fp16,+avx512ifma,+avx512vbmi,+avx512vbmi2,+avx512vl,+avx512vnni,-avx512vp2intersect,+avx512vpopcntdq,-avxifma,-avxneconvert,+avxvnni,-avxvnniint16,-avxvnniint8,+bmi,+bmi2,-ccmp,-cf,+cldemote,+clflushopt,+clwb,-clzero,+cmov,-cmpccxadd,+crc32,+cx16,+cx8,-egpr,-enqcmd,+f16c,+fma,-fma4,+fsgsbase,+fxsr,+gfni,-hreset,+invpcid,-jmpabs,-kl,-lwp,+lzcnt,+mmx,+movbe,+movdir64b,+movdiri,-movrs,-mwaitx,-ndd,-nf,+pclmul,-pconfig,-pku,+popcnt,-ppx,+prefetchi,+prfchw,-ptwrite,-push2pop2,-raoint,+rdpid,-rdpru,+rdrnd,+rdseed,+rtm,+sahf,+serialize,-sgx,+sha,-sha512,-shstk,-sm3,-sm4,+sse,+sse2,+sse3,+sse4.1,+sse4.2,-sse4a,+ssse3,-tbm,+tsxldtrk,-uintr,-usermsr,+vaes,+vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,+xsave,+xsavec,+xsaveopt,+xsaves,-zu", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 64 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d1, d0)>
#map2 = affine_map<(d0, d1, d2, d3, d4) -> (d4, d0 + d2, d1 + d3)>
#map3 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map4 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d2, d3, d5)>
#map5 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d2, d4, d5)>
#map6 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d3, d4)>
#map7 = affine_map<(d0) -> (d0)>
#device_target_local = #hal.device.target<"local", [#executable_target_embedded_elf_x86_64]> : !hal.device
"builtin.module"() ({
  "util.global"() <{initial_value = #device_target_local, sym_name = "__device_0", sym_visibility = "private", type = !hal.device}> : () -> ()
  "util.global"() <{initial_value = #stream.timepoint<immediate> : !stream.timepoint, sym_name = "__hoisted_tensor_1x3x3x4x4x1xf32__timepoint", sym_visibility = "private", type = !stream.timepoint}> : () -> ()
  "util.global"() <{sym_name = "__hoisted_tensor_1x3x3x4x4x1xf32", sym_visibility = "private", type = !stream.resource<constant>}> : () -> ()
  "util.global"() <{sym_name = "__hoisted_tensor_1x3x4x16xf32", sym_visibility = "private", type = !stream.resource<constant>}> : () -> ()
  "util.global"() <{sym_name = "__hoisted_tensor_1x4x1x1x4x1xf32", sym_visibility = "private", type = !stream.resource<constant>}> : () -> ()
  "util.global"() <{sym_name = "__hoisted_tensor_1x4x4x16xf32", sym_visibility = "private", type = !stream.resource<constant>}> : () -> ()
  "util.initializer"() <{function_type = () -> ()}> ({
    %133 = "stream.timepoint.immediate"() : () -> !stream.timepoint
    %134 = "arith.constant"() <{value = 1024 : index}> : () -> index
    %135 = "arith.constant"() <{value = 64 : index}> : () -> index
    %136 = "arith.constant"() <{value = 768 : index}> : () -> index
    %137 = "arith.constant"() <{value = 576 : index}> : () -> index
    %138:5 = "stream.async.execute"(%137, %136, %135, %134) <{affinity = #hal.device.affinity<@__device_0>, operandSegmentSizes = array<i32: 0, 0, 4, 0>, tied_operands = []}> ({
      %140 = "stream.async.constant"(%137) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x3x3x4x4x1xf32"> : tensor<1x3x3x4x4x1xf32>}> : (index) -> !stream.resource<constant>
      %141 = "stream.async.constant"(%136) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x3x4x16xf32"> : tensor<1x3x4x16xf32>}> : (index) -> !stream.resource<constant>
      %142 = "stream.async.constant"(%135) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x4x1x1x4x1xf32"> : tensor<1x4x1x1x4x1xf32>}> : (index) -> !stream.resource<constant>
      %143 = "stream.async.constant"(%134) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x4x4x16xf32"> : tensor<1x4x4x16xf32>}> : (index) -> !stream.resource<constant>
      "stream.yield"(%140, %141, %142, %143, %137, %136, %135, %134) : (!stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, index, index, index, index) -> ()
    }) : (index, index, index, index) -> (!stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.timepoint)
    %139:4 = "stream.timepoint.await"(%138#0, %138#1, %138#2, %138#3, %137, %136, %135, %134, %138#4) <{operandSegmentSizes = array<i32: 4, 4, 1>, sync}> : (!stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, index, index, index, index, !stream.timepoint) -> (!stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>)
    "util.global.store"(%139#0) <{global = @__hoisted_tensor_1x3x3x4x4x1xf32}> : (!stream.resource<constant>) -> ()
    "util.global.store"(%133) <{global = @__hoisted_tensor_1x3x3x4x4x1xf32__timepoint}> : (!stream.timepoint) -> ()
    "util.global.store"(%139#1) <{global = @__hoisted_tensor_1x3x4x16xf32}> : (!stream.resource<constant>) -> ()
    "util.global.store"(%139#2) <{global = @__hoisted_tensor_1x4x1x1x4x1xf32}> : (!stream.resource<constant>) -> ()
    "util.global.store"(%139#3) <{global = @__hoisted_tensor_1x4x4x16xf32}> : (!stream.resource<constant>) -> ()
    "util.return"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_0", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_0_transpose_4x64_f32, sym_name = "main_dispatch_0_transpose_4x64_f32"}> ({
      %132:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%132#0, %132#1, %132#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_0_transpose_4x64_f32"}> ({
      ^bb0(%arg44: !stream.binding, %arg45: !stream.binding):
        %126 = "arith.constant"() <{value = 0 : index}> : () -> index
        %127 = "stream.binding.subspan"(%arg44, %126) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4x64xf32>>
        %128 = "stream.binding.subspan"(%arg45, %126) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x4xf32>>
        %129 = "iree_tensor_ext.dispatch.tensor.load"(%127) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, 64>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4x64xf32>>) -> tensor<4x64xf32>
        %130 = "tensor.empty"() : () -> tensor<64x4xf32>
        %131 = "linalg.generic"(%129, %130) <{indexing_maps = [#map, #map1], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg46: f32, %arg47: f32):
          "linalg.yield"(%arg46) : (f32) -> ()
        }) : (tensor<4x64xf32>, tensor<64x4xf32>) -> tensor<64x4xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%131, %128) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 64, 4>, static_strides = array<i64: 1, 1>}> : (tensor<64x4xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x4xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_1", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_1_generic_6x6x3x3x4_f32, sym_name = "main_dispatch_1_generic_6x6x3x3x4_f32"}> ({
      %125:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%125#0, %125#1, %125#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_1_generic_6x6x3x3x4_f32"}> ({
      ^bb0(%arg40: !stream.binding, %arg41: !stream.binding):
        %119 = "arith.constant"() <{value = 0 : index}> : () -> index
        %120 = "stream.binding.subspan"(%arg40, %119) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4x8x8xf32>>
        %121 = "stream.binding.subspan"(%arg41, %119) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<6x6x3x3x4xf32>>
        %122 = "iree_tensor_ext.dispatch.tensor.load"(%120) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0>, static_sizes = array<i64: 4, 8, 8>, static_strides = array<i64: 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4x8x8xf32>>) -> tensor<4x8x8xf32>
        %123 = "tensor.empty"() : () -> tensor<6x6x3x3x4xf32>
        %124 = "linalg.generic"(%122, %123) <{indexing_maps = [#map2, #map3], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg42: f32, %arg43: f32):
          "linalg.yield"(%arg42) : (f32) -> ()
        }) : (tensor<4x8x8xf32>, tensor<6x6x3x3x4xf32>) -> tensor<6x6x3x3x4xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%124, %121) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0, 0>, static_sizes = array<i64: 6, 6, 3, 3, 4>, static_strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<6x6x3x3x4xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<6x6x3x3x4xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_2", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_2_pack_f32, sym_name = "main_dispatch_2_pack_f32"}> ({
      %118:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%118#0, %118#1, %118#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_2_pack_f32"}> ({
      ^bb0(%arg38: !stream.binding, %arg39: !stream.binding):
        %111 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
        %112 = "arith.constant"() <{value = 0 : index}> : () -> index
        %113 = "stream.binding.subspan"(%arg38, %112) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<36x36xf32>>
        %114 = "stream.binding.subspan"(%arg39, %112) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x36x16x1xf32>>
        %115 = "iree_tensor_ext.dispatch.tensor.load"(%113) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 36, 36>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<36x36xf32>>) -> tensor<36x36xf32>
        %116 = "tensor.empty"() : () -> tensor<3x36x16x1xf32>
        %117 = "linalg.pack"(%115, %116, %111) <{inner_dims_pos = array<i64: 0, 1>, operandSegmentSizes = array<i32: 1, 1, 1, 0>, outer_dims_perm = array<i64: 0, 1>, static_inner_tiles = array<i64: 16, 1>}> : (tensor<36x36xf32>, tensor<3x36x16x1xf32>, f32) -> tensor<3x36x16x1xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%117, %114) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 3, 36, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<3x36x16x1xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x36x16x1xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_3", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_3_mmt4d_1x3x36x4x16x1_f32, sym_name = "main_dispatch_3_mmt4d_1x3x36x4x16x1_f32"}> ({
      %110:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%110#0, %110#1, %110#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_3_mmt4d_1x3x36x4x16x1_f32"}> ({
      ^bb0(%arg32: !stream.binding, %arg33: !stream.binding, %arg34: !stream.binding):
        %100 = "arith.constant"() <{value = 0 : index}> : () -> index
        %101 = "stream.binding.subspan"(%arg32, %100) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x36x4x1xf32>>
        %102 = "stream.binding.subspan"(%arg33, %100) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x36x16x1xf32>>
        %103 = "stream.binding.subspan"(%arg34, %100) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x3x4x16xf32>>
        %104 = "iree_tensor_ext.dispatch.tensor.load"(%101) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 36, 4, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x36x4x1xf32>>) -> tensor<1x36x4x1xf32>
        %105 = "iree_tensor_ext.dispatch.tensor.load"(%102) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 3, 36, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<3x36x16x1xf32>>) -> tensor<3x36x16x1xf32>
        %106 = "iree_tensor_ext.dispatch.tensor.load"(%103) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 3, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x3x4x16xf32>>) -> tensor<1x3x4x16xf32>
        %107 = "linalg.mmt4d"(%104, %105, %106) <{operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg35: f32, %arg36: f32, %arg37: f32):
          %108 = "arith.mulf"(%arg35, %arg36) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %109 = "arith.addf"(%arg37, %108) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          "linalg.yield"(%109) : (f32) -> ()
        }) {linalg.memoized_indexing_maps = [#map4, #map5, #map6]} : (tensor<1x36x4x1xf32>, tensor<3x36x16x1xf32>, tensor<1x3x4x16xf32>) -> tensor<1x3x4x16xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%107, %103) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 3, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x3x4x16xf32>, !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x3x4x16xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_4", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_4_unpack_f32, sym_name = "main_dispatch_4_unpack_f32"}> ({
      %99:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%99#0, %99#1, %99#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_4_unpack_f32"}> ({
      ^bb0(%arg30: !stream.binding, %arg31: !stream.binding):
        %93 = "arith.constant"() <{value = 0 : index}> : () -> index
        %94 = "stream.binding.subspan"(%arg30, %93) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x3x4x16xf32>>
        %95 = "stream.binding.subspan"(%arg31, %93) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<36x4xf32>>
        %96 = "iree_tensor_ext.dispatch.tensor.load"(%94) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 3, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x3x4x16xf32>>) -> tensor<1x3x4x16xf32>
        %97 = "tensor.empty"() : () -> tensor<36x4xf32>
        %98 = "linalg.unpack"(%96, %97) <{inner_dims_pos = array<i64: 1, 0>, outer_dims_perm = array<i64: 1, 0>, static_inner_tiles = array<i64: 4, 16>}> {operandSegmentSizes = array<i32: 1, 1, 0, 0>} : (tensor<1x3x4x16xf32>, tensor<36x4xf32>) -> tensor<36x4xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%98, %95) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 36, 4>, static_strides = array<i64: 1, 1>}> : (tensor<36x4xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<36x4xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_5", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_5_slow_memcpy, sym_name = "main_dispatch_5_slow_memcpy"}> ({
      %92:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%92#0, %92#1, %92#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_5_slow_memcpy"}> ({
      ^bb0(%arg28: !stream.binding, %arg29: !stream.binding):
        %88 = "arith.constant"() <{value = 0 : index}> : () -> index
        %89 = "stream.binding.subspan"(%arg28, %88) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<6x6x4xf32>>
        %90 = "stream.binding.subspan"(%arg29, %88) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readwrite:tensor<8x8x4xf32>>
        %91 = "iree_tensor_ext.dispatch.tensor.load"(%89) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0>, static_sizes = array<i64: 6, 6, 4>, static_strides = array<i64: 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<6x6x4xf32>>) -> tensor<6x6x4xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%91, %90) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 1, 1, 0>, static_sizes = array<i64: 6, 6, 4>, static_strides = array<i64: 1, 1, 1>}> : (tensor<6x6x4xf32>, !iree_tensor_ext.dispatch.tensor<readwrite:tensor<8x8x4xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_6", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_6_transpose_64x4_f32, sym_name = "main_dispatch_6_transpose_64x4_f32"}> ({
      %87:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%87#0, %87#1, %87#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_6_transpose_64x4_f32"}> ({
      ^bb0(%arg24: !stream.binding, %arg25: !stream.binding):
        %81 = "arith.constant"() <{value = 0 : index}> : () -> index
        %82 = "stream.binding.subspan"(%arg24, %81) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x4xf32>>
        %83 = "stream.binding.subspan"(%arg25, %81) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x64xf32>>
        %84 = "iree_tensor_ext.dispatch.tensor.load"(%82) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 64, 4>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<64x4xf32>>) -> tensor<64x4xf32>
        %85 = "tensor.empty"() : () -> tensor<4x64xf32>
        %86 = "linalg.generic"(%84, %85) <{indexing_maps = [#map, #map1], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg26: f32, %arg27: f32):
          "linalg.yield"(%arg26) : (f32) -> ()
        }) : (tensor<64x4xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%86, %83) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, 64>, static_strides = array<i64: 1, 1>}> : (tensor<4x64xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x64xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_7", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_7_pack_f32, sym_name = "main_dispatch_7_pack_f32"}> ({
      %80:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%80#0, %80#1, %80#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_7_pack_f32"}> ({
      ^bb0(%arg22: !stream.binding, %arg23: !stream.binding):
        %74 = "arith.constant"() <{value = 0 : index}> : () -> index
        %75 = "stream.binding.subspan"(%arg22, %74) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x4xf32>>
        %76 = "stream.binding.subspan"(%arg23, %74) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x4x16x1xf32>>
        %77 = "iree_tensor_ext.dispatch.tensor.load"(%75) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 64, 4>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<64x4xf32>>) -> tensor<64x4xf32>
        %78 = "tensor.empty"() : () -> tensor<4x4x16x1xf32>
        %79 = "linalg.pack"(%77, %78) <{inner_dims_pos = array<i64: 0, 1>, operandSegmentSizes = array<i32: 1, 1, 0, 0>, outer_dims_perm = array<i64: 0, 1>, static_inner_tiles = array<i64: 16, 1>}> : (tensor<64x4xf32>, tensor<4x4x16x1xf32>) -> tensor<4x4x16x1xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%79, %76) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 4, 4, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<4x4x16x1xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x4x16x1xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_8", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_8_mmt4d_1x4x4x4x16x1_f32, sym_name = "main_dispatch_8_mmt4d_1x4x4x4x16x1_f32"}> ({
      %73:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%73#0, %73#1, %73#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_8_mmt4d_1x4x4x4x16x1_f32"}> ({
      ^bb0(%arg16: !stream.binding, %arg17: !stream.binding, %arg18: !stream.binding):
        %63 = "arith.constant"() <{value = 0 : index}> : () -> index
        %64 = "stream.binding.subspan"(%arg16, %63) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x1xf32>>
        %65 = "stream.binding.subspan"(%arg17, %63) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4x4x16x1xf32>>
        %66 = "stream.binding.subspan"(%arg18, %63) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>
        %67 = "iree_tensor_ext.dispatch.tensor.load"(%64) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x1xf32>>) -> tensor<1x4x4x1xf32>
        %68 = "iree_tensor_ext.dispatch.tensor.load"(%65) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 4, 4, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4x4x16x1xf32>>) -> tensor<4x4x16x1xf32>
        %69 = "iree_tensor_ext.dispatch.tensor.load"(%66) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>) -> tensor<1x4x4x16xf32>
        %70 = "linalg.mmt4d"(%67, %68, %69) <{operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg19: f32, %arg20: f32, %arg21: f32):
          %71 = "arith.mulf"(%arg19, %arg20) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %72 = "arith.addf"(%arg21, %71) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          "linalg.yield"(%72) : (f32) -> ()
        }) {linalg.memoized_indexing_maps = [#map4, #map5, #map6]} : (tensor<1x4x4x1xf32>, tensor<4x4x16x1xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%70, %66) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x4x16xf32>, !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_9", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_9_unpack_transpose_64x4_f32, sym_name = "main_dispatch_9_unpack_transpose_64x4_f32"}> ({
      %62:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%62#0, %62#1, %62#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_9_unpack_transpose_64x4_f32"}> ({
      ^bb0(%arg12: !stream.binding, %arg13: !stream.binding):
        %54 = "arith.constant"() <{value = 0 : index}> : () -> index
        %55 = "stream.binding.subspan"(%arg12, %54) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x16xf32>>
        %56 = "stream.binding.subspan"(%arg13, %54) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x64xf32>>
        %57 = "iree_tensor_ext.dispatch.tensor.load"(%55) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x16xf32>>) -> tensor<1x4x4x16xf32>
        %58 = "tensor.empty"() : () -> tensor<4x64xf32>
        %59 = "tensor.empty"() : () -> tensor<64x4xf32>
        %60 = "linalg.unpack"(%57, %59) <{inner_dims_pos = array<i64: 1, 0>, outer_dims_perm = array<i64: 1, 0>, static_inner_tiles = array<i64: 4, 16>}> {operandSegmentSizes = array<i32: 1, 1, 0, 0>} : (tensor<1x4x4x16xf32>, tensor<64x4xf32>) -> tensor<64x4xf32>
        %61 = "linalg.generic"(%60, %58) <{indexing_maps = [#map, #map1], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg14: f32, %arg15: f32):
          "linalg.yield"(%arg14) : (f32) -> ()
        }) : (tensor<64x4xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%61, %56) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, 64>, static_strides = array<i64: 1, 1>}> : (tensor<4x64xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x64xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_10", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_10_elementwise_768_f32, sym_name = "main_dispatch_10_elementwise_768_f32"}> ({
      %53:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%53#0, %53#1, %53#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_10_elementwise_768_f32"}> ({
      ^bb0(%arg8: !stream.binding, %arg9: !stream.binding):
        %46 = "arith.constant"() <{value = 0 : index}> : () -> index
        %47 = "stream.binding.subspan"(%arg8, %46) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<768xf32>>
        %48 = "stream.binding.subspan"(%arg9, %46) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<768xf32>>
        %49 = "iree_tensor_ext.dispatch.tensor.load"(%47) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 768>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<768xf32>>) -> tensor<768xf32>
        %50 = "tensor.empty"() : () -> tensor<768xf32>
        %51 = "linalg.generic"(%49, %50) <{indexing_maps = [#map7, #map7], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg10: f32, %arg11: f32):
          %52 = "math.tanh"(%arg10) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%52) : (f32) -> ()
        }) : (tensor<768xf32>, tensor<768xf32>) -> tensor<768xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%51, %48) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 768>, static_strides = array<i64: 1>}> : (tensor<768xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<768xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "util.func"() <{function_type = (!hal.buffer_view) -> !hal.buffer_view, sym_name = "main", sym_visibility = "public", tied_operands = [-1 : index]}> ({
  ^bb0(%arg0: !hal.buffer_view):
    %0 = "arith.constant"() <{value = 0 : index}> : () -> index
    %1 = "arith.constant"() <{value = 768 : index}> : () -> index
    %2 = "arith.constant"() <{value = 4 : index}> : () -> index
    %3 = "arith.constant"() <{value = 8 : index}> : () -> index
    %4 = "arith.constant"() <{value = 1 : index}> : () -> index
    %5 = "arith.constant"() <{value = 0 : i8}> : () -> i8
    %6 = "arith.constant"() <{value = 1024 : index}> : () -> index
    %7 = "arith.constant"() <{value = 5184 : index}> : () -> index
    %8 = "arith.constant"() <{value = 6912 : index}> : () -> index
    %9 = "arith.constant"() <{value = 576 : index}> : () -> index
    %10 = "arith.constant"() <{value = 64 : index}> : () -> index
    %11 = "arith.constant"() <{value = 3072 : index}> : () -> index
    %12 = "arith.constant"() <{value = 2048 : index}> : () -> index
    %13 = "util.global.load"() <{global = @__hoisted_tensor_1x3x3x4x4x1xf32__timepoint, is_immutable}> : () -> !stream.timepoint
    %14 = "util.global.load"() <{global = @__hoisted_tensor_1x3x3x4x4x1xf32__timepoint, is_immutable}> : () -> !stream.timepoint
    %15 = "util.global.load"() <{global = @__hoisted_tensor_1x3x3x4x4x1xf32__timepoint, is_immutable}> : () -> !stream.timepoint
    %16 = "util.global.load"() <{global = @__hoisted_tensor_1x3x3x4x4x1xf32__timepoint, is_immutable}> : () -> !stream.timepoint
    %17 = "util.global.load"() <{global = @__hoisted_tensor_1x3x3x4x4x1xf32, is_immutable}> : () -> !stream.resource<constant>
    %18 = "util.global.load"() <{global = @__hoisted_tensor_1x3x4x16xf32, is_immutable}> : () -> !stream.resource<constant>
    %19 = "util.global.load"() <{global = @__hoisted_tensor_1x4x1x1x4x1xf32, is_immutable}> : () -> !stream.resource<constant>
    %20 = "util.global.load"() <{global = @__hoisted_tensor_1x4x4x16xf32, is_immutable}> : () -> !stream.resource<constant>
    %21 = "stream.timepoint.join"(%15, %13) : (!stream.timepoint, !stream.timepoint) -> !stream.timepoint
    %22:3 = "stream.async.execute"(%18, %20, %1, %6, %1, %6, %21) <{affinity = #hal.device.affinity<@__device_0>, operandSegmentSizes = array<i32: 2, 2, 2, 1>, tied_operands = []}> ({
    ^bb0(%arg6: !stream.resource<constant>, %arg7: !stream.resource<constant>):
      %44 = "stream.async.clone"(%arg6, %1, %1) : (!stream.resource<constant>, index, index) -> !stream.resource<transient>
      %45 = "stream.async.clone"(%arg7, %6, %6) : (!stream.resource<constant>, index, index) -> !stream.resource<transient>
      "stream.yield"(%44, %45, %1, %6) : (!stream.resource<transient>, !stream.resource<transient>, index, index) -> ()
    }) : (!stream.resource<constant>, !stream.resource<constant>, index, index, index, index, !stream.timepoint) -> (!stream.resource<transient>, !stream.resource<transient>, !stream.timepoint)
    %23 = "hal.element_type"() <{type = f32}> : () -> i32
    %24 = "hal.encoding_type"() : () -> i32
    "hal.buffer_view.assert"(%arg0, %23, %24, %4, %2, %3, %3) <{message = "input0"}> : (!hal.buffer_view, i32, i32, index, index, index, index) -> ()
    %25 = "stream.tensor.import"(%arg0, %6) <{affinity = #hal.device.affinity<@__device_0>, result_encoding = tensor<1x4x8x8xf32>}> : (!hal.buffer_view, index) -> !stream.resource<external>
    %26 = "stream.timepoint.join"(%22#2, %16, %14) : (!stream.timepoint, !stream.timepoint, !stream.timepoint) -> !stream.timepoint
    %27:2 = "stream.async.execute"(%25, %17, %22#0, %19, %22#1, %6, %9, %1, %10, %6, %11, %26) <{affinity = #hal.device.affinity<@__device_0>, operandSegmentSizes = array<i32: 5, 5, 1, 1>, tied_operands = []}> ({
    ^bb0(%arg1: !stream.resource<external>, %arg2: !stream.resource<constant>, %arg3: !stream.resource<transient>, %arg4: !stream.resource<constant>, %arg5: !stream.resource<transient>):
      %30 = "stream.async.dispatch"(%arg1, %6, %0, %6, %6, %6) <{entry_points = [@main_dispatch_0::@main_dispatch_0_transpose_4x64_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<external>, index, index, index, index, index) -> !stream.resource<transient>
      %31 = "stream.async.dispatch"(%arg1, %6, %0, %6, %6, %7) <{entry_points = [@main_dispatch_1::@main_dispatch_1_generic_6x6x3x3x4_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<external>, index, index, index, index, index) -> !stream.resource<transient>
      %32 = "stream.async.dispatch"(%31, %7, %0, %7, %7, %8) <{entry_points = [@main_dispatch_2::@main_dispatch_2_pack_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<transient>
      %33 = "stream.async.dispatch"(%arg2, %32, %arg3, %9, %8, %1, %0, %0, %0, %9, %8, %1, %9, %8, %1, %1) <{entry_points = [@main_dispatch_3::@main_dispatch_3_mmt4d_1x3x36x4x16x1_f32], operandSegmentSizes = array<i32: 0, 3, 3, 3, 3, 3, 1>, tied_operands = [2 : index]}> : (!stream.resource<constant>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %34 = "stream.async.dispatch"(%33, %1, %0, %1, %1, %9) <{entry_points = [@main_dispatch_4::@main_dispatch_4_unpack_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<transient>
      %35 = "stream.async.splat"(%5, %6) : (i8, index) -> !stream.resource<transient>
      %36 = "stream.async.dispatch"(%34, %35, %9, %6, %0, %0, %9, %6, %9, %6, %6) <{entry_points = [@main_dispatch_5::@main_dispatch_5_slow_memcpy], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %37 = "stream.async.alloca"(%11) : (index) -> !stream.resource<transient>
      %38 = "stream.async.update"(%37, %11, %0, %6, %arg1, %6) : (!stream.resource<transient>, index, index, index, !stream.resource<external>, index) -> !stream.resource<transient>
      %39 = "stream.async.dispatch"(%36, %38, %6, %11, %0, %6, %6, %12, %6, %6, %11) <{entry_points = [@main_dispatch_6::@main_dispatch_6_transpose_64x4_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %40 = "stream.async.dispatch"(%30, %6, %0, %6, %6, %6) <{entry_points = [@main_dispatch_7::@main_dispatch_7_pack_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<transient>
      %41 = "stream.async.dispatch"(%arg4, %40, %arg5, %10, %6, %6, %0, %0, %0, %10, %6, %6, %10, %6, %6, %6) <{entry_points = [@main_dispatch_8::@main_dispatch_8_mmt4d_1x4x4x4x16x1_f32], operandSegmentSizes = array<i32: 0, 3, 3, 3, 3, 3, 1>, tied_operands = [2 : index]}> : (!stream.resource<constant>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %42 = "stream.async.dispatch"(%41, %39, %6, %11, %0, %12, %6, %11, %6, %6, %11) <{entry_points = [@main_dispatch_9::@main_dispatch_9_unpack_transpose_64x4_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %43 = "stream.async.dispatch"(%42, %11, %0, %11, %11, %11) <{entry_points = [@main_dispatch_10::@main_dispatch_10_elementwise_768_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<external>
      "stream.yield"(%43, %11) : (!stream.resource<external>, index) -> ()
    }) : (!stream.resource<external>, !stream.resource<constant>, !stream.resource<transient>, !stream.resource<constant>, !stream.resource<transient>, index, index, index, index, index, index, !stream.timepoint) -> (!stream.resource<external>, !stream.timepoint)
    %28 = "stream.timepoint.await"(%27#0, %11, %27#1) <{operandSegmentSizes = array<i32: 1, 1, 1>}> : (!stream.resource<external>, index, !stream.timepoint) -> !stream.resource<external>
    %29 = "stream.tensor.export"(%28, %11) <{affinity = #hal.device.affinity<@__device_0>, source_encoding = tensor<1x12x8x8xf32>}> : (!stream.resource<external>, index) -> !hal.buffer_view
    "util.return"(%29) : (!hal.buffer_view) -> ()
  }) {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @main(%input0: tensor<1x4x8x8xf32>) -> (%output0: tensor<1x12x8x8xf32>)"}} : () -> ()
}) {stream.affinity.default = #hal.device.affinity<@__device_0>} : () -> ()

