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
    %139 = "stream.timepoint.immediate"() : () -> !stream.timepoint
    %140 = "arith.constant"() <{value = 1024 : index}> : () -> index
    %141 = "arith.constant"() <{value = 64 : index}> : () -> index
    %142 = "arith.constant"() <{value = 768 : index}> : () -> index
    %143 = "arith.constant"() <{value = 576 : index}> : () -> index
    %144:5 = "stream.async.execute"(%143, %142, %141, %140) <{affinity = #hal.device.affinity<@__device_0>, operandSegmentSizes = array<i32: 0, 0, 4, 0>, tied_operands = []}> ({
      %146 = "stream.async.constant"(%143) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x3x3x4x4x1xf32"> : tensor<1x3x3x4x4x1xf32>}> : (index) -> !stream.resource<constant>
      %147 = "stream.async.constant"(%142) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x3x4x16xf32"> : tensor<1x3x4x16xf32>}> : (index) -> !stream.resource<constant>
      %148 = "stream.async.constant"(%141) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x4x1x1x4x1xf32"> : tensor<1x4x1x1x4x1xf32>}> : (index) -> !stream.resource<constant>
      %149 = "stream.async.constant"(%140) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x4x4x16xf32"> : tensor<1x4x4x16xf32>}> : (index) -> !stream.resource<constant>
      "stream.yield"(%146, %147, %148, %149, %143, %142, %141, %140) : (!stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, index, index, index, index) -> ()
    }) : (index, index, index, index) -> (!stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.timepoint)
    %145:4 = "stream.timepoint.await"(%144#0, %144#1, %144#2, %144#3, %143, %142, %141, %140, %144#4) <{operandSegmentSizes = array<i32: 4, 4, 1>, sync}> : (!stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, index, index, index, index, !stream.timepoint) -> (!stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>)
    "util.global.store"(%145#0) <{global = @__hoisted_tensor_1x3x3x4x4x1xf32}> : (!stream.resource<constant>) -> ()
    "util.global.store"(%139) <{global = @__hoisted_tensor_1x3x3x4x4x1xf32__timepoint}> : (!stream.timepoint) -> ()
    "util.global.store"(%145#1) <{global = @__hoisted_tensor_1x3x4x16xf32}> : (!stream.resource<constant>) -> ()
    "util.global.store"(%145#2) <{global = @__hoisted_tensor_1x4x1x1x4x1xf32}> : (!stream.resource<constant>) -> ()
    "util.global.store"(%145#3) <{global = @__hoisted_tensor_1x4x4x16xf32}> : (!stream.resource<constant>) -> ()
    "util.return"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_0", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_0_transpose_4x64_f32, sym_name = "main_dispatch_0_transpose_4x64_f32"}> ({
      %138:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%138#0, %138#1, %138#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_0_transpose_4x64_f32"}> ({
      ^bb0(%arg61: !stream.binding, %arg62: !stream.binding):
        %132 = "arith.constant"() <{value = 0 : index}> : () -> index
        %133 = "stream.binding.subspan"(%arg61, %132) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4x64xf32>>
        %134 = "stream.binding.subspan"(%arg62, %132) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x4xf32>>
        %135 = "iree_tensor_ext.dispatch.tensor.load"(%133) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, 64>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4x64xf32>>) -> tensor<4x64xf32>
        %136 = "tensor.empty"() : () -> tensor<64x4xf32>
        %137 = "linalg.generic"(%135, %136) <{indexing_maps = [#map, #map1], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg63: f32, %arg64: f32):
          "linalg.yield"(%arg63) : (f32) -> ()
        }) : (tensor<4x64xf32>, tensor<64x4xf32>) -> tensor<64x4xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%137, %134) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 64, 4>, static_strides = array<i64: 1, 1>}> : (tensor<64x4xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x4xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_1", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_1_generic_6x6x3x3x4_f32, sym_name = "main_dispatch_1_generic_6x6x3x3x4_f32"}> ({
      %131:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%131#0, %131#1, %131#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_1_generic_6x6x3x3x4_f32"}> ({
      ^bb0(%arg57: !stream.binding, %arg58: !stream.binding):
        %125 = "arith.constant"() <{value = 0 : index}> : () -> index
        %126 = "stream.binding.subspan"(%arg57, %125) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4x8x8xf32>>
        %127 = "stream.binding.subspan"(%arg58, %125) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<6x6x3x3x4xf32>>
        %128 = "iree_tensor_ext.dispatch.tensor.load"(%126) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0>, static_sizes = array<i64: 4, 8, 8>, static_strides = array<i64: 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4x8x8xf32>>) -> tensor<4x8x8xf32>
        %129 = "tensor.empty"() : () -> tensor<6x6x3x3x4xf32>
        %130 = "linalg.generic"(%128, %129) <{indexing_maps = [#map2, #map3], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg59: f32, %arg60: f32):
          "linalg.yield"(%arg59) : (f32) -> ()
        }) : (tensor<4x8x8xf32>, tensor<6x6x3x3x4xf32>) -> tensor<6x6x3x3x4xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%130, %127) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0, 0>, static_sizes = array<i64: 6, 6, 3, 3, 4>, static_strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<6x6x3x3x4xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<6x6x3x3x4xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_2", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_2_pack_f32, sym_name = "main_dispatch_2_pack_f32"}> ({
      %124:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%124#0, %124#1, %124#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_2_pack_f32"}> ({
      ^bb0(%arg55: !stream.binding, %arg56: !stream.binding):
        %117 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
        %118 = "arith.constant"() <{value = 0 : index}> : () -> index
        %119 = "stream.binding.subspan"(%arg55, %118) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<36x36xf32>>
        %120 = "stream.binding.subspan"(%arg56, %118) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x36x16x1xf32>>
        %121 = "iree_tensor_ext.dispatch.tensor.load"(%119) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 36, 36>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<36x36xf32>>) -> tensor<36x36xf32>
        %122 = "tensor.empty"() : () -> tensor<3x36x16x1xf32>
        %123 = "linalg.pack"(%121, %122, %117) <{inner_dims_pos = array<i64: 0, 1>, operandSegmentSizes = array<i32: 1, 1, 1, 0>, outer_dims_perm = array<i64: 0, 1>, static_inner_tiles = array<i64: 16, 1>}> : (tensor<36x36xf32>, tensor<3x36x16x1xf32>, f32) -> tensor<3x36x16x1xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%123, %120) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 3, 36, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<3x36x16x1xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x36x16x1xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_3", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_3_mmt4d_1x3x36x4x16x1_f32, sym_name = "main_dispatch_3_mmt4d_1x3x36x4x16x1_f32"}> ({
      %116:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%116#0, %116#1, %116#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_3_mmt4d_1x3x36x4x16x1_f32"}> ({
      ^bb0(%arg49: !stream.binding, %arg50: !stream.binding, %arg51: !stream.binding):
        %106 = "arith.constant"() <{value = 0 : index}> : () -> index
        %107 = "stream.binding.subspan"(%arg49, %106) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x36x4x1xf32>>
        %108 = "stream.binding.subspan"(%arg50, %106) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x36x16x1xf32>>
        %109 = "stream.binding.subspan"(%arg51, %106) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x3x4x16xf32>>
        %110 = "iree_tensor_ext.dispatch.tensor.load"(%107) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 36, 4, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x36x4x1xf32>>) -> tensor<1x36x4x1xf32>
        %111 = "iree_tensor_ext.dispatch.tensor.load"(%108) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 3, 36, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<3x36x16x1xf32>>) -> tensor<3x36x16x1xf32>
        %112 = "iree_tensor_ext.dispatch.tensor.load"(%109) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 3, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x3x4x16xf32>>) -> tensor<1x3x4x16xf32>
        %113 = "linalg.mmt4d"(%110, %111, %112) <{operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg52: f32, %arg53: f32, %arg54: f32):
          %114 = "arith.mulf"(%arg52, %arg53) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %115 = "arith.addf"(%arg54, %114) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          "linalg.yield"(%115) : (f32) -> ()
        }) {linalg.memoized_indexing_maps = [#map4, #map5, #map6]} : (tensor<1x36x4x1xf32>, tensor<3x36x16x1xf32>, tensor<1x3x4x16xf32>) -> tensor<1x3x4x16xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%113, %109) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 3, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x3x4x16xf32>, !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x3x4x16xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_4", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_4_unpack_f32, sym_name = "main_dispatch_4_unpack_f32"}> ({
      %105:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%105#0, %105#1, %105#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_4_unpack_f32"}> ({
      ^bb0(%arg47: !stream.binding, %arg48: !stream.binding):
        %99 = "arith.constant"() <{value = 0 : index}> : () -> index
        %100 = "stream.binding.subspan"(%arg47, %99) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x3x4x16xf32>>
        %101 = "stream.binding.subspan"(%arg48, %99) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<36x4xf32>>
        %102 = "iree_tensor_ext.dispatch.tensor.load"(%100) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 3, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x3x4x16xf32>>) -> tensor<1x3x4x16xf32>
        %103 = "tensor.empty"() : () -> tensor<36x4xf32>
        %104 = "linalg.unpack"(%102, %103) <{inner_dims_pos = array<i64: 1, 0>, outer_dims_perm = array<i64: 1, 0>, static_inner_tiles = array<i64: 4, 16>}> {operandSegmentSizes = array<i32: 1, 1, 0, 0>} : (tensor<1x3x4x16xf32>, tensor<36x4xf32>) -> tensor<36x4xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%104, %101) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 36, 4>, static_strides = array<i64: 1, 1>}> : (tensor<36x4xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<36x4xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_5", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_5_slow_memcpy, sym_name = "main_dispatch_5_slow_memcpy"}> ({
      %98:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%98#0, %98#1, %98#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_5_slow_memcpy"}> ({
      ^bb0(%arg45: !stream.binding, %arg46: !stream.binding):
        %94 = "arith.constant"() <{value = 0 : index}> : () -> index
        %95 = "stream.binding.subspan"(%arg45, %94) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<6x6x4xf32>>
        %96 = "stream.binding.subspan"(%arg46, %94) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readwrite:tensor<8x8x4xf32>>
        %97 = "iree_tensor_ext.dispatch.tensor.load"(%95) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0>, static_sizes = array<i64: 6, 6, 4>, static_strides = array<i64: 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<6x6x4xf32>>) -> tensor<6x6x4xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%97, %96) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 1, 1, 0>, static_sizes = array<i64: 6, 6, 4>, static_strides = array<i64: 1, 1, 1>}> : (tensor<6x6x4xf32>, !iree_tensor_ext.dispatch.tensor<readwrite:tensor<8x8x4xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_6", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_6_transpose_64x4_f32, sym_name = "main_dispatch_6_transpose_64x4_f32"}> ({
      %93:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%93#0, %93#1, %93#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_6_transpose_64x4_f32"}> ({
      ^bb0(%arg41: !stream.binding, %arg42: !stream.binding):
        %87 = "arith.constant"() <{value = 0 : index}> : () -> index
        %88 = "stream.binding.subspan"(%arg41, %87) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x4xf32>>
        %89 = "stream.binding.subspan"(%arg42, %87) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x64xf32>>
        %90 = "iree_tensor_ext.dispatch.tensor.load"(%88) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 64, 4>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<64x4xf32>>) -> tensor<64x4xf32>
        %91 = "tensor.empty"() : () -> tensor<4x64xf32>
        %92 = "linalg.generic"(%90, %91) <{indexing_maps = [#map, #map1], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg43: f32, %arg44: f32):
          "linalg.yield"(%arg43) : (f32) -> ()
        }) : (tensor<64x4xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%92, %89) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, 64>, static_strides = array<i64: 1, 1>}> : (tensor<4x64xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x64xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_7", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_7_pack_f32, sym_name = "main_dispatch_7_pack_f32"}> ({
      %86:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%86#0, %86#1, %86#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_7_pack_f32"}> ({
      ^bb0(%arg39: !stream.binding, %arg40: !stream.binding):
        %80 = "arith.constant"() <{value = 0 : index}> : () -> index
        %81 = "stream.binding.subspan"(%arg39, %80) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x4xf32>>
        %82 = "stream.binding.subspan"(%arg40, %80) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x4x16x1xf32>>
        %83 = "iree_tensor_ext.dispatch.tensor.load"(%81) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 64, 4>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<64x4xf32>>) -> tensor<64x4xf32>
        %84 = "tensor.empty"() : () -> tensor<4x4x16x1xf32>
        %85 = "linalg.pack"(%83, %84) <{inner_dims_pos = array<i64: 0, 1>, operandSegmentSizes = array<i32: 1, 1, 0, 0>, outer_dims_perm = array<i64: 0, 1>, static_inner_tiles = array<i64: 16, 1>}> : (tensor<64x4xf32>, tensor<4x4x16x1xf32>) -> tensor<4x4x16x1xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%85, %82) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 4, 4, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<4x4x16x1xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x4x16x1xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_8", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_8_mmt4d_1x4x4x4x16x1_f32, sym_name = "main_dispatch_8_mmt4d_1x4x4x4x16x1_f32"}> ({
      %79:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%79#0, %79#1, %79#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_8_mmt4d_1x4x4x4x16x1_f32"}> ({
      ^bb0(%arg33: !stream.binding, %arg34: !stream.binding, %arg35: !stream.binding):
        %69 = "arith.constant"() <{value = 0 : index}> : () -> index
        %70 = "stream.binding.subspan"(%arg33, %69) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x1xf32>>
        %71 = "stream.binding.subspan"(%arg34, %69) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4x4x16x1xf32>>
        %72 = "stream.binding.subspan"(%arg35, %69) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>
        %73 = "iree_tensor_ext.dispatch.tensor.load"(%70) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x1xf32>>) -> tensor<1x4x4x1xf32>
        %74 = "iree_tensor_ext.dispatch.tensor.load"(%71) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 4, 4, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4x4x16x1xf32>>) -> tensor<4x4x16x1xf32>
        %75 = "iree_tensor_ext.dispatch.tensor.load"(%72) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>) -> tensor<1x4x4x16xf32>
        %76 = "linalg.mmt4d"(%73, %74, %75) <{operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg36: f32, %arg37: f32, %arg38: f32):
          %77 = "arith.mulf"(%arg36, %arg37) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %78 = "arith.addf"(%arg38, %77) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          "linalg.yield"(%78) : (f32) -> ()
        }) {linalg.memoized_indexing_maps = [#map4, #map5, #map6]} : (tensor<1x4x4x1xf32>, tensor<4x4x16x1xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%76, %72) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x4x16xf32>, !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_9", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_9_unpack_transpose_64x4_f32, sym_name = "main_dispatch_9_unpack_transpose_64x4_f32"}> ({
      %68:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%68#0, %68#1, %68#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_9_unpack_transpose_64x4_f32"}> ({
      ^bb0(%arg29: !stream.binding, %arg30: !stream.binding):
        %60 = "arith.constant"() <{value = 0 : index}> : () -> index
        %61 = "stream.binding.subspan"(%arg29, %60) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x16xf32>>
        %62 = "stream.binding.subspan"(%arg30, %60) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x64xf32>>
        %63 = "iree_tensor_ext.dispatch.tensor.load"(%61) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x16xf32>>) -> tensor<1x4x4x16xf32>
        %64 = "tensor.empty"() : () -> tensor<4x64xf32>
        %65 = "tensor.empty"() : () -> tensor<64x4xf32>
        %66 = "linalg.unpack"(%63, %65) <{inner_dims_pos = array<i64: 1, 0>, outer_dims_perm = array<i64: 1, 0>, static_inner_tiles = array<i64: 4, 16>}> {operandSegmentSizes = array<i32: 1, 1, 0, 0>} : (tensor<1x4x4x16xf32>, tensor<64x4xf32>) -> tensor<64x4xf32>
        %67 = "linalg.generic"(%66, %64) <{indexing_maps = [#map, #map1], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg31: f32, %arg32: f32):
          "linalg.yield"(%arg31) : (f32) -> ()
        }) : (tensor<64x4xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%67, %62) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, 64>, static_strides = array<i64: 1, 1>}> : (tensor<4x64xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x64xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_10", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_10_elementwise_768_f32, sym_name = "main_dispatch_10_elementwise_768_f32"}> ({
      %59:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%59#0, %59#1, %59#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_10_elementwise_768_f32"}> ({
      ^bb0(%arg25: !stream.binding, %arg26: !stream.binding):
        %52 = "arith.constant"() <{value = 0 : index}> : () -> index
        %53 = "stream.binding.subspan"(%arg25, %52) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<768xf32>>
        %54 = "stream.binding.subspan"(%arg26, %52) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<768xf32>>
        %55 = "iree_tensor_ext.dispatch.tensor.load"(%53) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 768>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<768xf32>>) -> tensor<768xf32>
        %56 = "tensor.empty"() : () -> tensor<768xf32>
        %57 = "linalg.generic"(%55, %56) <{indexing_maps = [#map7, #map7], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg27: f32, %arg28: f32):
          %58 = "math.tanh"(%arg27) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%58) : (f32) -> ()
        }) : (tensor<768xf32>, tensor<768xf32>) -> tensor<768xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%57, %54) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 768>, static_strides = array<i64: 1>}> : (tensor<768xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<768xf32>>) -> ()
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
    ^bb0(%arg21: !stream.resource<constant>, %arg22: !stream.resource<constant>):
      %49:2 = "stream.async.concurrent"(%arg21, %arg22, %1, %6, %1, %6) <{operandSegmentSizes = array<i32: 2, 2, 2>, tied_operands = [-1 : index, -1 : index]}> ({
      ^bb0(%arg23: !stream.resource<constant>, %arg24: !stream.resource<constant>):
        %50 = "stream.async.clone"(%arg23, %1, %1) : (!stream.resource<constant>, index, index) -> !stream.resource<transient>
        %51 = "stream.async.clone"(%arg24, %6, %6) : (!stream.resource<constant>, index, index) -> !stream.resource<transient>
        "stream.yield"(%50, %51, %1, %6) : (!stream.resource<transient>, !stream.resource<transient>, index, index) -> ()
      }) : (!stream.resource<constant>, !stream.resource<constant>, index, index, index, index) -> (!stream.resource<transient>, !stream.resource<transient>)
      "stream.yield"(%49#0, %49#1, %1, %6) : (!stream.resource<transient>, !stream.resource<transient>, index, index) -> ()
    }) : (!stream.resource<constant>, !stream.resource<constant>, index, index, index, index, !stream.timepoint) -> (!stream.resource<transient>, !stream.resource<transient>, !stream.timepoint)
    %23 = "hal.element_type"() <{type = f32}> : () -> i32
    %24 = "hal.encoding_type"() : () -> i32
    "hal.buffer_view.assert"(%arg0, %23, %24, %4, %2, %3, %3) <{message = "input0"}> : (!hal.buffer_view, i32, i32, index, index, index, index) -> ()
    %25 = "stream.tensor.import"(%arg0, %6) <{affinity = #hal.device.affinity<@__device_0>, result_encoding = tensor<1x4x8x8xf32>}> : (!hal.buffer_view, index) -> !stream.resource<external>
    %26 = "stream.timepoint.join"(%22#2, %16, %14) : (!stream.timepoint, !stream.timepoint, !stream.timepoint) -> !stream.timepoint
    %27:2 = "stream.async.execute"(%25, %17, %22#0, %19, %22#1, %6, %9, %1, %10, %6, %11, %26) <{affinity = #hal.device.affinity<@__device_0>, operandSegmentSizes = array<i32: 5, 5, 1, 1>, tied_operands = []}> ({
    ^bb0(%arg1: !stream.resource<external>, %arg2: !stream.resource<constant>, %arg3: !stream.resource<transient>, %arg4: !stream.resource<constant>, %arg5: !stream.resource<transient>):
      %30:2 = "stream.async.concurrent"(%arg1, %6, %6, %7) <{operandSegmentSizes = array<i32: 1, 1, 2>, tied_operands = [-1 : index, -1 : index]}> ({
      ^bb0(%arg20: !stream.resource<external>):
        %47 = "stream.async.dispatch"(%arg20, %6, %0, %6, %6, %6) <{entry_points = [@main_dispatch_0::@main_dispatch_0_transpose_4x64_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<external>, index, index, index, index, index) -> !stream.resource<transient>
        %48 = "stream.async.dispatch"(%arg20, %6, %0, %6, %6, %7) <{entry_points = [@main_dispatch_1::@main_dispatch_1_generic_6x6x3x3x4_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<external>, index, index, index, index, index) -> !stream.resource<transient>
        "stream.yield"(%47, %48, %6, %7) : (!stream.resource<transient>, !stream.resource<transient>, index, index) -> ()
      }) : (!stream.resource<external>, index, index, index) -> (!stream.resource<transient>, !stream.resource<transient>)
      %31:2 = "stream.async.concurrent"(%30#1, %30#0, %7, %6, %8, %6) <{operandSegmentSizes = array<i32: 2, 2, 2>, tied_operands = [-1 : index, -1 : index]}> ({
      ^bb0(%arg18: !stream.resource<transient>, %arg19: !stream.resource<transient>):
        %45 = "stream.async.dispatch"(%arg18, %7, %0, %7, %7, %8) <{entry_points = [@main_dispatch_2::@main_dispatch_2_pack_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<transient>
        %46 = "stream.async.dispatch"(%arg19, %6, %0, %6, %6, %6) <{entry_points = [@main_dispatch_7::@main_dispatch_7_pack_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<transient>
        "stream.yield"(%45, %46, %8, %6) : (!stream.resource<transient>, !stream.resource<transient>, index, index) -> ()
      }) : (!stream.resource<transient>, !stream.resource<transient>, index, index, index, index) -> (!stream.resource<transient>, !stream.resource<transient>)
      %32:3 = "stream.async.concurrent"(%arg2, %31#0, %arg3, %arg4, %31#1, %arg5, %9, %8, %1, %10, %6, %6, %1, %11, %6) <{operandSegmentSizes = array<i32: 6, 6, 3>, tied_operands = [2 : index, -1 : index, 5 : index]}> ({
      ^bb0(%arg12: !stream.resource<constant>, %arg13: !stream.resource<transient>, %arg14: !stream.resource<transient>, %arg15: !stream.resource<constant>, %arg16: !stream.resource<transient>, %arg17: !stream.resource<transient>):
        %42 = "stream.async.dispatch"(%arg12, %arg13, %arg14, %9, %8, %1, %0, %0, %0, %9, %8, %1, %9, %8, %1, %1) <{entry_points = [@main_dispatch_3::@main_dispatch_3_mmt4d_1x3x36x4x16x1_f32], operandSegmentSizes = array<i32: 0, 3, 3, 3, 3, 3, 1>, tied_operands = [2 : index]}> : (!stream.resource<constant>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %43 = "stream.async.alloca"(%11) : (index) -> !stream.resource<transient>
        %44 = "stream.async.dispatch"(%arg15, %arg16, %arg17, %10, %6, %6, %0, %0, %0, %10, %6, %6, %10, %6, %6, %6) <{entry_points = [@main_dispatch_8::@main_dispatch_8_mmt4d_1x4x4x4x16x1_f32], operandSegmentSizes = array<i32: 0, 3, 3, 3, 3, 3, 1>, tied_operands = [2 : index]}> : (!stream.resource<constant>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        "stream.yield"(%42, %43, %44, %1, %11, %6) : (!stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, index, index, index) -> ()
      }) : (!stream.resource<constant>, !stream.resource<transient>, !stream.resource<transient>, !stream.resource<constant>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> (!stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>)
      %33:3 = "stream.async.concurrent"(%32#0, %32#2, %32#1, %1, %6, %11, %9, %6, %11) <{operandSegmentSizes = array<i32: 3, 3, 3>, tied_operands = [-1 : index, -1 : index, 2 : index]}> ({
      ^bb0(%arg9: !stream.resource<transient>, %arg10: !stream.resource<transient>, %arg11: !stream.resource<transient>):
        %39 = "stream.async.dispatch"(%arg9, %1, %0, %1, %1, %9) <{entry_points = [@main_dispatch_4::@main_dispatch_4_unpack_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<transient>
        %40 = "stream.async.splat"(%5, %6) : (i8, index) -> !stream.resource<transient>
        %41 = "stream.async.dispatch"(%arg10, %arg11, %6, %11, %0, %12, %6, %11, %6, %6, %11) <{entry_points = [@main_dispatch_9::@main_dispatch_9_unpack_transpose_64x4_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        "stream.yield"(%39, %40, %41, %9, %6, %11) : (!stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, index, index, index) -> ()
      }) : (!stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index) -> (!stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>)
      %34 = "stream.async.dispatch"(%33#0, %33#1, %9, %6, %0, %0, %9, %6, %9, %6, %6) <{entry_points = [@main_dispatch_5::@main_dispatch_5_slow_memcpy], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %35 = "stream.async.concurrent"(%33#2, %arg1, %34, %11, %6, %6, %11) <{operandSegmentSizes = array<i32: 3, 3, 1>, tied_operands = [0 : index]}> ({
      ^bb0(%arg6: !stream.resource<transient>, %arg7: !stream.resource<external>, %arg8: !stream.resource<transient>):
        %37 = "stream.async.update"(%arg6, %11, %0, %6, %arg7, %6) : (!stream.resource<transient>, index, index, index, !stream.resource<external>, index) -> !stream.resource<transient>
        %38 = "stream.async.dispatch"(%arg8, %37, %6, %11, %0, %6, %6, %12, %6, %6, %11) <{entry_points = [@main_dispatch_6::@main_dispatch_6_transpose_64x4_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        "stream.yield"(%38, %11) : (!stream.resource<transient>, index) -> ()
      }) : (!stream.resource<transient>, !stream.resource<external>, !stream.resource<transient>, index, index, index, index) -> !stream.resource<transient>
      %36 = "stream.async.dispatch"(%35, %11, %0, %11, %11, %11) <{entry_points = [@main_dispatch_10::@main_dispatch_10_elementwise_768_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<external>
      "stream.yield"(%36, %11) : (!stream.resource<external>, index) -> ()
    }) : (!stream.resource<external>, !stream.resource<constant>, !stream.resource<transient>, !stream.resource<constant>, !stream.resource<transient>, index, index, index, index, index, index, !stream.timepoint) -> (!stream.resource<external>, !stream.timepoint)
    %28 = "stream.timepoint.await"(%27#0, %11, %27#1) <{operandSegmentSizes = array<i32: 1, 1, 1>}> : (!stream.resource<external>, index, !stream.timepoint) -> !stream.resource<external>
    %29 = "stream.tensor.export"(%28, %11) <{affinity = #hal.device.affinity<@__device_0>, source_encoding = tensor<1x12x8x8xf32>}> : (!stream.resource<external>, index) -> !hal.buffer_view
    "util.return"(%29) : (!hal.buffer_view) -> ()
  }) {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @main(%input0: tensor<1x4x8x8xf32>) -> (%output0: tensor<1x12x8x8xf32>)"}} : () -> ()
}) {stream.affinity.default = #hal.device.affinity<@__device_0>} : () -> ()
