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
    %137 = "stream.timepoint.immediate"() : () -> !stream.timepoint
    %138 = "arith.constant"() <{value = 1024 : index}> : () -> index
    %139 = "arith.constant"() <{value = 64 : index}> : () -> index
    %140 = "arith.constant"() <{value = 768 : index}> : () -> index
    %141 = "arith.constant"() <{value = 576 : index}> : () -> index
    %142:5 = "stream.async.execute"(%141, %140, %139, %138) <{affinity = #hal.device.affinity<@__device_0>, operandSegmentSizes = array<i32: 0, 0, 4, 0>, tied_operands = []}> ({
      %144 = "stream.async.constant"(%141) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x3x3x4x4x1xf32"> : tensor<1x3x3x4x4x1xf32>}> : (index) -> !stream.resource<constant>
      %145 = "stream.async.constant"(%140) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x3x4x16xf32"> : tensor<1x3x4x16xf32>}> : (index) -> !stream.resource<constant>
      %146 = "stream.async.constant"(%139) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x4x1x1x4x1xf32"> : tensor<1x4x1x1x4x1xf32>}> : (index) -> !stream.resource<constant>
      %147 = "stream.async.constant"(%138) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x4x4x16xf32"> : tensor<1x4x4x16xf32>}> : (index) -> !stream.resource<constant>
      "stream.yield"(%144, %145, %146, %147, %141, %140, %139, %138) : (!stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, index, index, index, index) -> ()
    }) : (index, index, index, index) -> (!stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.timepoint)
    %143:4 = "stream.timepoint.await"(%142#0, %142#1, %142#2, %142#3, %141, %140, %139, %138, %142#4) <{operandSegmentSizes = array<i32: 4, 4, 1>, sync}> : (!stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, index, index, index, index, !stream.timepoint) -> (!stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>)
    "util.global.store"(%143#0) <{global = @__hoisted_tensor_1x3x3x4x4x1xf32}> : (!stream.resource<constant>) -> ()
    "util.global.store"(%137) <{global = @__hoisted_tensor_1x3x3x4x4x1xf32__timepoint}> : (!stream.timepoint) -> ()
    "util.global.store"(%143#1) <{global = @__hoisted_tensor_1x3x4x16xf32}> : (!stream.resource<constant>) -> ()
    "util.global.store"(%143#2) <{global = @__hoisted_tensor_1x4x1x1x4x1xf32}> : (!stream.resource<constant>) -> ()
    "util.global.store"(%143#3) <{global = @__hoisted_tensor_1x4x4x16xf32}> : (!stream.resource<constant>) -> ()
    "util.return"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_0", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_0_transpose_4x64_f32, sym_name = "main_dispatch_0_transpose_4x64_f32"}> ({
      %136:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%136#0, %136#1, %136#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_0_transpose_4x64_f32"}> ({
      ^bb0(%arg52: !stream.binding, %arg53: !stream.binding):
        %130 = "arith.constant"() <{value = 0 : index}> : () -> index
        %131 = "stream.binding.subspan"(%arg52, %130) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4x64xf32>>
        %132 = "stream.binding.subspan"(%arg53, %130) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x4xf32>>
        %133 = "iree_tensor_ext.dispatch.tensor.load"(%131) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, 64>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4x64xf32>>) -> tensor<4x64xf32>
        %134 = "tensor.empty"() : () -> tensor<64x4xf32>
        %135 = "linalg.generic"(%133, %134) <{indexing_maps = [#map, #map1], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg54: f32, %arg55: f32):
          "linalg.yield"(%arg54) : (f32) -> ()
        }) : (tensor<4x64xf32>, tensor<64x4xf32>) -> tensor<64x4xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%135, %132) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 64, 4>, static_strides = array<i64: 1, 1>}> : (tensor<64x4xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x4xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_1", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_1_generic_6x6x3x3x4_f32, sym_name = "main_dispatch_1_generic_6x6x3x3x4_f32"}> ({
      %129:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%129#0, %129#1, %129#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_1_generic_6x6x3x3x4_f32"}> ({
      ^bb0(%arg48: !stream.binding, %arg49: !stream.binding):
        %123 = "arith.constant"() <{value = 0 : index}> : () -> index
        %124 = "stream.binding.subspan"(%arg48, %123) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4x8x8xf32>>
        %125 = "stream.binding.subspan"(%arg49, %123) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<6x6x3x3x4xf32>>
        %126 = "iree_tensor_ext.dispatch.tensor.load"(%124) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0>, static_sizes = array<i64: 4, 8, 8>, static_strides = array<i64: 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4x8x8xf32>>) -> tensor<4x8x8xf32>
        %127 = "tensor.empty"() : () -> tensor<6x6x3x3x4xf32>
        %128 = "linalg.generic"(%126, %127) <{indexing_maps = [#map2, #map3], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg50: f32, %arg51: f32):
          "linalg.yield"(%arg50) : (f32) -> ()
        }) : (tensor<4x8x8xf32>, tensor<6x6x3x3x4xf32>) -> tensor<6x6x3x3x4xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%128, %125) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0, 0>, static_sizes = array<i64: 6, 6, 3, 3, 4>, static_strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<6x6x3x3x4xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<6x6x3x3x4xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_2", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_2_pack_f32, sym_name = "main_dispatch_2_pack_f32"}> ({
      %122:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%122#0, %122#1, %122#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_2_pack_f32"}> ({
      ^bb0(%arg46: !stream.binding, %arg47: !stream.binding):
        %115 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
        %116 = "arith.constant"() <{value = 0 : index}> : () -> index
        %117 = "stream.binding.subspan"(%arg46, %116) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<36x36xf32>>
        %118 = "stream.binding.subspan"(%arg47, %116) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x36x16x1xf32>>
        %119 = "iree_tensor_ext.dispatch.tensor.load"(%117) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 36, 36>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<36x36xf32>>) -> tensor<36x36xf32>
        %120 = "tensor.empty"() : () -> tensor<3x36x16x1xf32>
        %121 = "linalg.pack"(%119, %120, %115) <{inner_dims_pos = array<i64: 0, 1>, operandSegmentSizes = array<i32: 1, 1, 1, 0>, outer_dims_perm = array<i64: 0, 1>, static_inner_tiles = array<i64: 16, 1>}> : (tensor<36x36xf32>, tensor<3x36x16x1xf32>, f32) -> tensor<3x36x16x1xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%121, %118) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 3, 36, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<3x36x16x1xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x36x16x1xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_3", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_3_mmt4d_1x3x36x4x16x1_f32, sym_name = "main_dispatch_3_mmt4d_1x3x36x4x16x1_f32"}> ({
      %114:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%114#0, %114#1, %114#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_3_mmt4d_1x3x36x4x16x1_f32"}> ({
      ^bb0(%arg40: !stream.binding, %arg41: !stream.binding, %arg42: !stream.binding):
        %104 = "arith.constant"() <{value = 0 : index}> : () -> index
        %105 = "stream.binding.subspan"(%arg40, %104) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x36x4x1xf32>>
        %106 = "stream.binding.subspan"(%arg41, %104) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x36x16x1xf32>>
        %107 = "stream.binding.subspan"(%arg42, %104) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x3x4x16xf32>>
        %108 = "iree_tensor_ext.dispatch.tensor.load"(%105) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 36, 4, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x36x4x1xf32>>) -> tensor<1x36x4x1xf32>
        %109 = "iree_tensor_ext.dispatch.tensor.load"(%106) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 3, 36, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<3x36x16x1xf32>>) -> tensor<3x36x16x1xf32>
        %110 = "iree_tensor_ext.dispatch.tensor.load"(%107) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 3, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x3x4x16xf32>>) -> tensor<1x3x4x16xf32>
        %111 = "linalg.mmt4d"(%108, %109, %110) <{operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg43: f32, %arg44: f32, %arg45: f32):
          %112 = "arith.mulf"(%arg43, %arg44) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %113 = "arith.addf"(%arg45, %112) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          "linalg.yield"(%113) : (f32) -> ()
        }) {linalg.memoized_indexing_maps = [#map4, #map5, #map6]} : (tensor<1x36x4x1xf32>, tensor<3x36x16x1xf32>, tensor<1x3x4x16xf32>) -> tensor<1x3x4x16xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%111, %107) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 3, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x3x4x16xf32>, !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x3x4x16xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_4", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_4_unpack_f32, sym_name = "main_dispatch_4_unpack_f32"}> ({
      %103:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%103#0, %103#1, %103#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_4_unpack_f32"}> ({
      ^bb0(%arg38: !stream.binding, %arg39: !stream.binding):
        %97 = "arith.constant"() <{value = 0 : index}> : () -> index
        %98 = "stream.binding.subspan"(%arg38, %97) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x3x4x16xf32>>
        %99 = "stream.binding.subspan"(%arg39, %97) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<36x4xf32>>
        %100 = "iree_tensor_ext.dispatch.tensor.load"(%98) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 3, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x3x4x16xf32>>) -> tensor<1x3x4x16xf32>
        %101 = "tensor.empty"() : () -> tensor<36x4xf32>
        %102 = "linalg.unpack"(%100, %101) <{inner_dims_pos = array<i64: 1, 0>, outer_dims_perm = array<i64: 1, 0>, static_inner_tiles = array<i64: 4, 16>}> {operandSegmentSizes = array<i32: 1, 1, 0, 0>} : (tensor<1x3x4x16xf32>, tensor<36x4xf32>) -> tensor<36x4xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%102, %99) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 36, 4>, static_strides = array<i64: 1, 1>}> : (tensor<36x4xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<36x4xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_5", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_5_slow_memcpy, sym_name = "main_dispatch_5_slow_memcpy"}> ({
      %96:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%96#0, %96#1, %96#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_5_slow_memcpy"}> ({
      ^bb0(%arg36: !stream.binding, %arg37: !stream.binding):
        %92 = "arith.constant"() <{value = 0 : index}> : () -> index
        %93 = "stream.binding.subspan"(%arg36, %92) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<6x6x4xf32>>
        %94 = "stream.binding.subspan"(%arg37, %92) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readwrite:tensor<8x8x4xf32>>
        %95 = "iree_tensor_ext.dispatch.tensor.load"(%93) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0>, static_sizes = array<i64: 6, 6, 4>, static_strides = array<i64: 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<6x6x4xf32>>) -> tensor<6x6x4xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%95, %94) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 1, 1, 0>, static_sizes = array<i64: 6, 6, 4>, static_strides = array<i64: 1, 1, 1>}> : (tensor<6x6x4xf32>, !iree_tensor_ext.dispatch.tensor<readwrite:tensor<8x8x4xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_6", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_6_transpose_64x4_f32, sym_name = "main_dispatch_6_transpose_64x4_f32"}> ({
      %91:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%91#0, %91#1, %91#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_6_transpose_64x4_f32"}> ({
      ^bb0(%arg32: !stream.binding, %arg33: !stream.binding):
        %85 = "arith.constant"() <{value = 0 : index}> : () -> index
        %86 = "stream.binding.subspan"(%arg32, %85) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x4xf32>>
        %87 = "stream.binding.subspan"(%arg33, %85) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x64xf32>>
        %88 = "iree_tensor_ext.dispatch.tensor.load"(%86) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 64, 4>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<64x4xf32>>) -> tensor<64x4xf32>
        %89 = "tensor.empty"() : () -> tensor<4x64xf32>
        %90 = "linalg.generic"(%88, %89) <{indexing_maps = [#map, #map1], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg34: f32, %arg35: f32):
          "linalg.yield"(%arg34) : (f32) -> ()
        }) : (tensor<64x4xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%90, %87) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, 64>, static_strides = array<i64: 1, 1>}> : (tensor<4x64xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x64xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_7", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_7_pack_f32, sym_name = "main_dispatch_7_pack_f32"}> ({
      %84:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%84#0, %84#1, %84#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_7_pack_f32"}> ({
      ^bb0(%arg30: !stream.binding, %arg31: !stream.binding):
        %78 = "arith.constant"() <{value = 0 : index}> : () -> index
        %79 = "stream.binding.subspan"(%arg30, %78) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x4xf32>>
        %80 = "stream.binding.subspan"(%arg31, %78) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x4x16x1xf32>>
        %81 = "iree_tensor_ext.dispatch.tensor.load"(%79) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 64, 4>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<64x4xf32>>) -> tensor<64x4xf32>
        %82 = "tensor.empty"() : () -> tensor<4x4x16x1xf32>
        %83 = "linalg.pack"(%81, %82) <{inner_dims_pos = array<i64: 0, 1>, operandSegmentSizes = array<i32: 1, 1, 0, 0>, outer_dims_perm = array<i64: 0, 1>, static_inner_tiles = array<i64: 16, 1>}> : (tensor<64x4xf32>, tensor<4x4x16x1xf32>) -> tensor<4x4x16x1xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%83, %80) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 4, 4, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<4x4x16x1xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x4x16x1xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_8", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_8_mmt4d_1x4x4x4x16x1_f32, sym_name = "main_dispatch_8_mmt4d_1x4x4x4x16x1_f32"}> ({
      %77:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%77#0, %77#1, %77#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_8_mmt4d_1x4x4x4x16x1_f32"}> ({
      ^bb0(%arg24: !stream.binding, %arg25: !stream.binding, %arg26: !stream.binding):
        %67 = "arith.constant"() <{value = 0 : index}> : () -> index
        %68 = "stream.binding.subspan"(%arg24, %67) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x1xf32>>
        %69 = "stream.binding.subspan"(%arg25, %67) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4x4x16x1xf32>>
        %70 = "stream.binding.subspan"(%arg26, %67) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>
        %71 = "iree_tensor_ext.dispatch.tensor.load"(%68) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x1xf32>>) -> tensor<1x4x4x1xf32>
        %72 = "iree_tensor_ext.dispatch.tensor.load"(%69) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 4, 4, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4x4x16x1xf32>>) -> tensor<4x4x16x1xf32>
        %73 = "iree_tensor_ext.dispatch.tensor.load"(%70) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>) -> tensor<1x4x4x16xf32>
        %74 = "linalg.mmt4d"(%71, %72, %73) <{operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg27: f32, %arg28: f32, %arg29: f32):
          %75 = "arith.mulf"(%arg27, %arg28) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %76 = "arith.addf"(%arg29, %75) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          "linalg.yield"(%76) : (f32) -> ()
        }) {linalg.memoized_indexing_maps = [#map4, #map5, #map6]} : (tensor<1x4x4x1xf32>, tensor<4x4x16x1xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%74, %70) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x4x16xf32>, !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_9", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_9_unpack_transpose_64x4_f32, sym_name = "main_dispatch_9_unpack_transpose_64x4_f32"}> ({
      %66:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%66#0, %66#1, %66#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_9_unpack_transpose_64x4_f32"}> ({
      ^bb0(%arg20: !stream.binding, %arg21: !stream.binding):
        %58 = "arith.constant"() <{value = 0 : index}> : () -> index
        %59 = "stream.binding.subspan"(%arg20, %58) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x16xf32>>
        %60 = "stream.binding.subspan"(%arg21, %58) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x64xf32>>
        %61 = "iree_tensor_ext.dispatch.tensor.load"(%59) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x16xf32>>) -> tensor<1x4x4x16xf32>
        %62 = "tensor.empty"() : () -> tensor<4x64xf32>
        %63 = "tensor.empty"() : () -> tensor<64x4xf32>
        %64 = "linalg.unpack"(%61, %63) <{inner_dims_pos = array<i64: 1, 0>, outer_dims_perm = array<i64: 1, 0>, static_inner_tiles = array<i64: 4, 16>}> {operandSegmentSizes = array<i32: 1, 1, 0, 0>} : (tensor<1x4x4x16xf32>, tensor<64x4xf32>) -> tensor<64x4xf32>
        %65 = "linalg.generic"(%64, %62) <{indexing_maps = [#map, #map1], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg22: f32, %arg23: f32):
          "linalg.yield"(%arg22) : (f32) -> ()
        }) : (tensor<64x4xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%65, %60) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, 64>, static_strides = array<i64: 1, 1>}> : (tensor<4x64xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x64xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_10", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_10_elementwise_768_f32, sym_name = "main_dispatch_10_elementwise_768_f32"}> ({
      %57:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%57#0, %57#1, %57#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_10_elementwise_768_f32"}> ({
      ^bb0(%arg16: !stream.binding, %arg17: !stream.binding):
        %50 = "arith.constant"() <{value = 0 : index}> : () -> index
        %51 = "stream.binding.subspan"(%arg16, %50) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<768xf32>>
        %52 = "stream.binding.subspan"(%arg17, %50) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<768xf32>>
        %53 = "iree_tensor_ext.dispatch.tensor.load"(%51) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 768>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<768xf32>>) -> tensor<768xf32>
        %54 = "tensor.empty"() : () -> tensor<768xf32>
        %55 = "linalg.generic"(%53, %54) <{indexing_maps = [#map7, #map7], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg18: f32, %arg19: f32):
          %56 = "math.tanh"(%arg18) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%56) : (f32) -> ()
        }) : (tensor<768xf32>, tensor<768xf32>) -> tensor<768xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%55, %52) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 768>, static_strides = array<i64: 1>}> : (tensor<768xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<768xf32>>) -> ()
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
    ^bb0(%arg12: !stream.resource<constant>, %arg13: !stream.resource<constant>):
      %47:2 = "stream.async.concurrent"(%arg12, %arg13, %1, %6, %1, %6) <{operandSegmentSizes = array<i32: 2, 2, 2>, tied_operands = []}> ({
      ^bb0(%arg14: !stream.resource<constant>, %arg15: !stream.resource<constant>):
        %48 = "stream.async.clone"(%arg14, %1, %1) : (!stream.resource<constant>, index, index) -> !stream.resource<transient>
        %49 = "stream.async.clone"(%arg15, %6, %6) : (!stream.resource<constant>, index, index) -> !stream.resource<transient>
        "stream.yield"(%48, %49, %1, %6) : (!stream.resource<transient>, !stream.resource<transient>, index, index) -> ()
      }) : (!stream.resource<constant>, !stream.resource<constant>, index, index, index, index) -> (!stream.resource<transient>, !stream.resource<transient>)
      "stream.yield"(%47#0, %47#1, %1, %6) : (!stream.resource<transient>, !stream.resource<transient>, index, index) -> ()
    }) : (!stream.resource<constant>, !stream.resource<constant>, index, index, index, index, !stream.timepoint) -> (!stream.resource<transient>, !stream.resource<transient>, !stream.timepoint)
    %23 = "hal.element_type"() <{type = f32}> : () -> i32
    %24 = "hal.encoding_type"() : () -> i32
    "hal.buffer_view.assert"(%arg0, %23, %24, %4, %2, %3, %3) <{message = "input0"}> : (!hal.buffer_view, i32, i32, index, index, index, index) -> ()
    %25 = "stream.tensor.import"(%arg0, %6) <{affinity = #hal.device.affinity<@__device_0>, result_encoding = tensor<1x4x8x8xf32>}> : (!hal.buffer_view, index) -> !stream.resource<external>
    %26 = "stream.timepoint.join"(%22#2, %16, %14) : (!stream.timepoint, !stream.timepoint, !stream.timepoint) -> !stream.timepoint
    %27:2 = "stream.async.execute"(%25, %17, %22#0, %19, %22#1, %6, %9, %1, %10, %6, %11, %26) <{affinity = #hal.device.affinity<@__device_0>, operandSegmentSizes = array<i32: 5, 5, 1, 1>, tied_operands = []}> ({
    ^bb0(%arg1: !stream.resource<external>, %arg2: !stream.resource<constant>, %arg3: !stream.resource<transient>, %arg4: !stream.resource<constant>, %arg5: !stream.resource<transient>):
      %30:2 = "stream.async.concurrent"(%arg1, %6, %6, %7) <{operandSegmentSizes = array<i32: 1, 1, 2>, tied_operands = []}> ({
      ^bb0(%arg11: !stream.resource<external>):
        %45 = "stream.async.dispatch"(%arg11, %6, %0, %6, %6, %6) <{entry_points = [@main_dispatch_0::@main_dispatch_0_transpose_4x64_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<external>, index, index, index, index, index) -> !stream.resource<transient>
        %46 = "stream.async.dispatch"(%arg11, %6, %0, %6, %6, %7) <{entry_points = [@main_dispatch_1::@main_dispatch_1_generic_6x6x3x3x4_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<external>, index, index, index, index, index) -> !stream.resource<transient>
        "stream.yield"(%45, %46, %6, %7) : (!stream.resource<transient>, !stream.resource<transient>, index, index) -> ()
      }) : (!stream.resource<external>, index, index, index) -> (!stream.resource<transient>, !stream.resource<transient>)
      %31 = "stream.async.dispatch"(%30#1, %7, %0, %7, %7, %8) <{entry_points = [@main_dispatch_2::@main_dispatch_2_pack_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<transient>
      %32 = "stream.async.dispatch"(%arg2, %31, %arg3, %9, %8, %1, %0, %0, %0, %9, %8, %1, %9, %8, %1, %1) <{entry_points = [@main_dispatch_3::@main_dispatch_3_mmt4d_1x3x36x4x16x1_f32], operandSegmentSizes = array<i32: 0, 3, 3, 3, 3, 3, 1>, tied_operands = [2 : index]}> : (!stream.resource<constant>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %33:2 = "stream.async.concurrent"(%32, %1, %9, %6) <{operandSegmentSizes = array<i32: 1, 1, 2>, tied_operands = []}> ({
      ^bb0(%arg10: !stream.resource<transient>):
        %43 = "stream.async.dispatch"(%arg10, %1, %0, %1, %1, %9) <{entry_points = [@main_dispatch_4::@main_dispatch_4_unpack_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<transient>
        %44 = "stream.async.splat"(%5, %6) : (i8, index) -> !stream.resource<transient>
        "stream.yield"(%43, %44, %9, %6) : (!stream.resource<transient>, !stream.resource<transient>, index, index) -> ()
      }) : (!stream.resource<transient>, index, index, index) -> (!stream.resource<transient>, !stream.resource<transient>)
      %34 = "stream.async.dispatch"(%33#0, %33#1, %9, %6, %0, %0, %9, %6, %9, %6, %6) <{entry_points = [@main_dispatch_5::@main_dispatch_5_slow_memcpy], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %35 = "stream.async.alloca"(%11) : (index) -> !stream.resource<transient>
      %36:2 = "stream.async.concurrent"(%35, %arg1, %34, %30#0, %11, %6, %6, %6, %11, %6) <{operandSegmentSizes = array<i32: 4, 4, 2>, tied_operands = [0 : index, -1 : index]}> ({
      ^bb0(%arg6: !stream.resource<transient>, %arg7: !stream.resource<external>, %arg8: !stream.resource<transient>, %arg9: !stream.resource<transient>):
        %40 = "stream.async.update"(%arg6, %11, %0, %6, %arg7, %6) : (!stream.resource<transient>, index, index, index, !stream.resource<external>, index) -> !stream.resource<transient>
        %41 = "stream.async.dispatch"(%arg8, %40, %6, %11, %0, %6, %6, %12, %6, %6, %11) <{entry_points = [@main_dispatch_6::@main_dispatch_6_transpose_64x4_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %42 = "stream.async.dispatch"(%arg9, %6, %0, %6, %6, %6) <{entry_points = [@main_dispatch_7::@main_dispatch_7_pack_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<transient>
        "stream.yield"(%41, %42, %11, %6) : (!stream.resource<transient>, !stream.resource<transient>, index, index) -> ()
      }) : (!stream.resource<transient>, !stream.resource<external>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index) -> (!stream.resource<transient>, !stream.resource<transient>)
      %37 = "stream.async.dispatch"(%arg4, %36#1, %arg5, %10, %6, %6, %0, %0, %0, %10, %6, %6, %10, %6, %6, %6) <{entry_points = [@main_dispatch_8::@main_dispatch_8_mmt4d_1x4x4x4x16x1_f32], operandSegmentSizes = array<i32: 0, 3, 3, 3, 3, 3, 1>, tied_operands = [2 : index]}> : (!stream.resource<constant>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %38 = "stream.async.dispatch"(%37, %36#0, %6, %11, %0, %12, %6, %11, %6, %6, %11) <{entry_points = [@main_dispatch_9::@main_dispatch_9_unpack_transpose_64x4_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %39 = "stream.async.dispatch"(%38, %11, %0, %11, %11, %11) <{entry_points = [@main_dispatch_10::@main_dispatch_10_elementwise_768_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<external>
      "stream.yield"(%39, %11) : (!stream.resource<external>, index) -> ()
    }) : (!stream.resource<external>, !stream.resource<constant>, !stream.resource<transient>, !stream.resource<constant>, !stream.resource<transient>, index, index, index, index, index, index, !stream.timepoint) -> (!stream.resource<external>, !stream.timepoint)
    %28 = "stream.timepoint.await"(%27#0, %11, %27#1) <{operandSegmentSizes = array<i32: 1, 1, 1>}> : (!stream.resource<external>, index, !stream.timepoint) -> !stream.resource<external>
    %29 = "stream.tensor.export"(%28, %11) <{affinity = #hal.device.affinity<@__device_0>, source_encoding = tensor<1x12x8x8xf32>}> : (!stream.resource<external>, index) -> !hal.buffer_view
    "util.return"(%29) : (!hal.buffer_view) -> ()
  }) {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @main(%input0: tensor<1x4x8x8xf32>) -> (%output0: tensor<1x12x8x8xf32>)"}} : () -> ()
}) {stream.affinity.default = #hal.device.affinity<@__device_0>} : () -> ()

