#executable_target_embedded_elf_x86_64 = #hal.executable.target<"llvm-cpu", "embedded-elf-x86_64", {cpu = "rocketlake", cpu_features = "+adx,+aes,+avx,+avx2,+avx512bitalg,+avx512bw,+avx512cd,+avx512dq,+avx512f,+avx512ifma,+avx512vbmi,+avx512vbmi2,+avx512vl,+avx512vnni,+avx512vpopcntdq,+bmi,+bmi2,+clflushopt,+cmov,+crc32,+cx16,+cx8,+f16c,+fma,+fsgsbase,+fxsr,+gfni,+invpcid,+lzcnt,+mmx,+movbe,+pclmul,+pku,+popcnt,+prfchw,+rdpid,+rdrnd,+rdseed,+sahf,+sha,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+vaes,+vpclmulqdq,+x87,+xsave,+xsavec,+xsaveopt,+xsaves,+64bit,+adx,+aes,-amx-avx512,+amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,+amx-int8,-amx-movrs,+amx-tile,+avx,+avx10.1,-avx10.2,-avx10v2aux,+avx2,+avx512bf16,+avx512bitalg,-avx512bmm,+avx512bw,+avx512cd,+avx512dq,+avx512f,+avx512fp16,+avx512ifma,+avx512vbmi,+avx512vbmi2,+avx512vl,+avx512vnni,-avx512vp2intersect,+avx512vpopcntdq,-avxifma,-avxneconvert,+avxvnni,-avxvnniint16,-avxvnniint8,+bmi,+bmi2,-ccmp,-cf,+cldemote,+clflushopt,+clwb,-clzero,+cmov,-cmpccxadd,+crc32,+cx16,+cx8,-egpr,-enqcmd,+f16c,+fma,-fma4,+fsgsbase,+fxsr,+gfni,-hreset,+invpcid,-jmpabs,-kl,-lwp,+lzcnt,+mmx,+movbe,+movdir64b,+movdiri,-movrs,-mwaitx,-ndd,-nf,+pclmul,-pconfig,-pku,+popcnt,-ppx,+prefetchi,+prfchw,-ptwrite,-push2pop2,-raoint,+rdpid,-rdpru,+rdrnd,+rdseed,+rtm,+sahf,+serialize,-sgx,+sha,-sha512,-shstk,-sm3,-sm4,+sse,+sse2,+sse3,+sse4.1,+sse4.2,-sse4a,+ssse3,-tbm,+tsxldtrk,-uintr,-usermsr,+vaes,+vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,+xsave,+xsavec,+xsaveopt,+xsaves,-zu", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 64 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d1, d0)>
#map2 = affine_map<(d0, d1, d2, d3, d4) -> (d0 + d2, d1 + d3, d4)>
#map3 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map4 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d2, d3, d5)>
#map5 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d2, d4, d5)>
#map6 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d3, d4)>
#device_target_local = #hal.device.target<"local", [#executable_target_embedded_elf_x86_64]> : !hal.device
"builtin.module"() ({
  "util.global"() <{initial_value = #device_target_local, sym_name = "__device_0", sym_visibility = "private", type = !hal.device}> : () -> ()
  "util.global"() <{initial_value = #stream.timepoint<immediate> : !stream.timepoint, sym_name = "__hoisted_tensor_1x3x3x4x4x1xf32__timepoint", sym_visibility = "private", type = !stream.timepoint}> : () -> ()
  "util.global"() <{sym_name = "__hoisted_tensor_1x3x3x4x4x1xf32", sym_visibility = "private", type = !stream.resource<constant>}> : () -> ()
  "util.global"() <{sym_name = "__hoisted_tensor_1x4x4x16xf32", sym_visibility = "private", type = !stream.resource<constant>}> : () -> ()
  "util.global"() <{sym_name = "__hoisted_tensor_1x4x1x1x4x1xf32", sym_visibility = "private", type = !stream.resource<constant>}> : () -> ()
  "util.global"() <{sym_name = "__hoisted_tensor_1x4x4x16xf32_0", sym_visibility = "private", type = !stream.resource<constant>}> : () -> ()
  "util.global"() <{sym_name = "__hoisted_tensor_1x5x5x4x4x1xf32", sym_visibility = "private", type = !stream.resource<constant>}> : () -> ()
  "util.global"() <{sym_name = "__hoisted_tensor_1x4x4x16xf32_1", sym_visibility = "private", type = !stream.resource<constant>}> : () -> ()
  "util.global"() <{sym_name = "__hoisted_tensor_1x12x1x1x4x1xf32", sym_visibility = "private", type = !stream.resource<constant>}> : () -> ()
  "util.global"() <{sym_name = "__hoisted_tensor_1x4x4x16xf32_2", sym_visibility = "private", type = !stream.resource<constant>}> : () -> ()
  "util.initializer"() <{function_type = () -> ()}> ({
    %208 = "stream.timepoint.immediate"() : () -> !stream.timepoint
    %209 = "arith.constant"() <{value = 192 : index}> : () -> index
    %210 = "arith.constant"() <{value = 1600 : index}> : () -> index
    %211 = "arith.constant"() <{value = 64 : index}> : () -> index
    %212 = "arith.constant"() <{value = 1024 : index}> : () -> index
    %213 = "arith.constant"() <{value = 576 : index}> : () -> index
    %214:9 = "stream.async.execute"(%213, %212, %211, %212, %210, %212, %209, %212) <{affinity = #hal.device.affinity<@__device_0>, operandSegmentSizes = array<i32: 0, 0, 8, 0>, tied_operands = []}> ({
      %216 = "stream.async.constant"(%213) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x3x3x4x4x1xf32"> : tensor<1x3x3x4x4x1xf32>}> : (index) -> !stream.resource<constant>
      %217 = "stream.async.constant"(%212) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x4x4x16xf32"> : tensor<1x4x4x16xf32>}> : (index) -> !stream.resource<constant>
      %218 = "stream.async.constant"(%211) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x4x1x1x4x1xf32"> : tensor<1x4x1x1x4x1xf32>}> : (index) -> !stream.resource<constant>
      %219 = "stream.async.constant"(%212) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x4x4x16xf32_0"> : tensor<1x4x4x16xf32>}> : (index) -> !stream.resource<constant>
      %220 = "stream.async.constant"(%210) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x5x5x4x4x1xf32"> : tensor<1x5x5x4x4x1xf32>}> : (index) -> !stream.resource<constant>
      %221 = "stream.async.constant"(%212) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x4x4x16xf32_1"> : tensor<1x4x4x16xf32>}> : (index) -> !stream.resource<constant>
      %222 = "stream.async.constant"(%209) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x12x1x1x4x1xf32"> : tensor<1x12x1x1x4x1xf32>}> : (index) -> !stream.resource<constant>
      %223 = "stream.async.constant"(%212) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x4x4x16xf32_2"> : tensor<1x4x4x16xf32>}> : (index) -> !stream.resource<constant>
      "stream.yield"(%216, %217, %218, %219, %220, %221, %222, %223, %213, %212, %211, %212, %210, %212, %209, %212) : (!stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, index, index, index, index, index, index, index, index) -> ()
    }) : (index, index, index, index, index, index, index, index) -> (!stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.timepoint)
    %215:8 = "stream.timepoint.await"(%214#6, %214#7, %214#0, %214#2, %214#3, %214#5, %214#4, %214#1, %209, %212, %213, %211, %212, %212, %210, %212, %214#8) <{operandSegmentSizes = array<i32: 8, 8, 1>, sync}> : (!stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, index, index, index, index, index, index, index, index, !stream.timepoint) -> (!stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>)
    "util.global.store"(%215#0) <{global = @__hoisted_tensor_1x12x1x1x4x1xf32}> : (!stream.resource<constant>) -> ()
    "util.global.store"(%215#2) <{global = @__hoisted_tensor_1x3x3x4x4x1xf32}> : (!stream.resource<constant>) -> ()
    "util.global.store"(%208) <{global = @__hoisted_tensor_1x3x3x4x4x1xf32__timepoint}> : (!stream.timepoint) -> ()
    "util.global.store"(%215#3) <{global = @__hoisted_tensor_1x4x1x1x4x1xf32}> : (!stream.resource<constant>) -> ()
    "util.global.store"(%215#7) <{global = @__hoisted_tensor_1x4x4x16xf32}> : (!stream.resource<constant>) -> ()
    "util.global.store"(%215#4) <{global = @__hoisted_tensor_1x4x4x16xf32_0}> : (!stream.resource<constant>) -> ()
    "util.global.store"(%215#5) <{global = @__hoisted_tensor_1x4x4x16xf32_1}> : (!stream.resource<constant>) -> ()
    "util.global.store"(%215#1) <{global = @__hoisted_tensor_1x4x4x16xf32_2}> : (!stream.resource<constant>) -> ()
    "util.global.store"(%215#6) <{global = @__hoisted_tensor_1x5x5x4x4x1xf32}> : (!stream.resource<constant>) -> ()
    "util.return"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_0", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_0_transpose_4x64_f32, sym_name = "main_dispatch_0_transpose_4x64_f32"}> ({
      %207:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%207#0, %207#1, %207#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_0_transpose_4x64_f32"}> ({
      ^bb0(%arg76: !stream.binding, %arg77: !stream.binding):
        %201 = "arith.constant"() <{value = 0 : index}> : () -> index
        %202 = "stream.binding.subspan"(%arg76, %201) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4x64xf32>>
        %203 = "stream.binding.subspan"(%arg77, %201) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x4xf32>>
        %204 = "iree_tensor_ext.dispatch.tensor.load"(%202) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, 64>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4x64xf32>>) -> tensor<4x64xf32>
        %205 = "tensor.empty"() : () -> tensor<64x4xf32>
        %206 = "linalg.generic"(%204, %205) <{indexing_maps = [#map, #map1], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg78: f32, %arg79: f32):
          "linalg.yield"(%arg78) : (f32) -> ()
        }) : (tensor<4x64xf32>, tensor<64x4xf32>) -> tensor<64x4xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%206, %203) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 64, 4>, static_strides = array<i64: 1, 1>}> : (tensor<64x4xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x4xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_1", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_1_slow_memcpy, sym_name = "main_dispatch_1_slow_memcpy"}> ({
      %200:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%200#0, %200#1, %200#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_1_slow_memcpy"}> ({
      ^bb0(%arg74: !stream.binding, %arg75: !stream.binding):
        %196 = "arith.constant"() <{value = 0 : index}> : () -> index
        %197 = "stream.binding.subspan"(%arg74, %196) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<8x8x4xf32>>
        %198 = "stream.binding.subspan"(%arg75, %196) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readwrite:tensor<10x10x4xf32>>
        %199 = "iree_tensor_ext.dispatch.tensor.load"(%197) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0>, static_sizes = array<i64: 8, 8, 4>, static_strides = array<i64: 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<8x8x4xf32>>) -> tensor<8x8x4xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%199, %198) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 1, 1, 0>, static_sizes = array<i64: 8, 8, 4>, static_strides = array<i64: 1, 1, 1>}> : (tensor<8x8x4xf32>, !iree_tensor_ext.dispatch.tensor<readwrite:tensor<10x10x4xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_2", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_2_generic_8x8x3x3x4_f32, sym_name = "main_dispatch_2_generic_8x8x3x3x4_f32"}> ({
      %195:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%195#0, %195#1, %195#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_2_generic_8x8x3x3x4_f32"}> ({
      ^bb0(%arg70: !stream.binding, %arg71: !stream.binding):
        %189 = "arith.constant"() <{value = 0 : index}> : () -> index
        %190 = "stream.binding.subspan"(%arg70, %189) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<10x10x4xf32>>
        %191 = "stream.binding.subspan"(%arg71, %189) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<8x8x3x3x4xf32>>
        %192 = "iree_tensor_ext.dispatch.tensor.load"(%190) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0>, static_sizes = array<i64: 10, 10, 4>, static_strides = array<i64: 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<10x10x4xf32>>) -> tensor<10x10x4xf32>
        %193 = "tensor.empty"() : () -> tensor<8x8x3x3x4xf32>
        %194 = "linalg.generic"(%192, %193) <{indexing_maps = [#map2, #map3], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg72: f32, %arg73: f32):
          "linalg.yield"(%arg72) : (f32) -> ()
        }) : (tensor<10x10x4xf32>, tensor<8x8x3x3x4xf32>) -> tensor<8x8x3x3x4xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%194, %191) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0, 0>, static_sizes = array<i64: 8, 8, 3, 3, 4>, static_strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<8x8x3x3x4xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<8x8x3x3x4xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_3", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_3_pack_f32, sym_name = "main_dispatch_3_pack_f32"}> ({
      %188:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%188#0, %188#1, %188#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_3_pack_f32"}> ({
      ^bb0(%arg68: !stream.binding, %arg69: !stream.binding):
        %182 = "arith.constant"() <{value = 0 : index}> : () -> index
        %183 = "stream.binding.subspan"(%arg68, %182) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x36xf32>>
        %184 = "stream.binding.subspan"(%arg69, %182) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x36x16x1xf32>>
        %185 = "iree_tensor_ext.dispatch.tensor.load"(%183) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 64, 36>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<64x36xf32>>) -> tensor<64x36xf32>
        %186 = "tensor.empty"() : () -> tensor<4x36x16x1xf32>
        %187 = "linalg.pack"(%185, %186) <{inner_dims_pos = array<i64: 0, 1>, operandSegmentSizes = array<i32: 1, 1, 0, 0>, outer_dims_perm = array<i64: 0, 1>, static_inner_tiles = array<i64: 16, 1>}> : (tensor<64x36xf32>, tensor<4x36x16x1xf32>) -> tensor<4x36x16x1xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%187, %184) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 4, 36, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<4x36x16x1xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x36x16x1xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_4", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_4_mmt4d_1x4x36x4x16x1_f32, sym_name = "main_dispatch_4_mmt4d_1x4x36x4x16x1_f32"}> ({
      %181:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%181#0, %181#1, %181#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_4_mmt4d_1x4x36x4x16x1_f32"}> ({
      ^bb0(%arg62: !stream.binding, %arg63: !stream.binding, %arg64: !stream.binding):
        %171 = "arith.constant"() <{value = 0 : index}> : () -> index
        %172 = "stream.binding.subspan"(%arg62, %171) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x36x4x1xf32>>
        %173 = "stream.binding.subspan"(%arg63, %171) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4x36x16x1xf32>>
        %174 = "stream.binding.subspan"(%arg64, %171) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>
        %175 = "iree_tensor_ext.dispatch.tensor.load"(%172) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 36, 4, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x36x4x1xf32>>) -> tensor<1x36x4x1xf32>
        %176 = "iree_tensor_ext.dispatch.tensor.load"(%173) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 4, 36, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4x36x16x1xf32>>) -> tensor<4x36x16x1xf32>
        %177 = "iree_tensor_ext.dispatch.tensor.load"(%174) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>) -> tensor<1x4x4x16xf32>
        %178 = "linalg.mmt4d"(%175, %176, %177) <{operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg65: f32, %arg66: f32, %arg67: f32):
          %179 = "arith.mulf"(%arg65, %arg66) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %180 = "arith.addf"(%arg67, %179) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          "linalg.yield"(%180) : (f32) -> ()
        }) {linalg.memoized_indexing_maps = [#map4, #map5, #map6]} : (tensor<1x36x4x1xf32>, tensor<4x36x16x1xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%178, %174) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x4x16xf32>, !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_5", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_5_unpack_elementwise_transpose_64x4_f32, sym_name = "main_dispatch_5_unpack_elementwise_transpose_64x4_f32"}> ({
      %170:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%170#0, %170#1, %170#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_5_unpack_elementwise_transpose_64x4_f32"}> ({
      ^bb0(%arg58: !stream.binding, %arg59: !stream.binding):
        %159 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
        %160 = "arith.constant"() <{value = 0 : index}> : () -> index
        %161 = "stream.binding.subspan"(%arg58, %160) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x16xf32>>
        %162 = "stream.binding.subspan"(%arg59, %160) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x64xf32>>
        %163 = "iree_tensor_ext.dispatch.tensor.load"(%161) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x16xf32>>) -> tensor<1x4x4x16xf32>
        %164 = "tensor.empty"() : () -> tensor<4x64xf32>
        %165 = "tensor.empty"() : () -> tensor<64x4xf32>
        %166 = "linalg.unpack"(%163, %165) <{inner_dims_pos = array<i64: 1, 0>, outer_dims_perm = array<i64: 1, 0>, static_inner_tiles = array<i64: 4, 16>}> {operandSegmentSizes = array<i32: 1, 1, 0, 0>} : (tensor<1x4x4x16xf32>, tensor<64x4xf32>) -> tensor<64x4xf32>
        %167 = "linalg.generic"(%166, %164) <{indexing_maps = [#map, #map1], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg60: f32, %arg61: f32):
          %168 = "arith.cmpf"(%arg60, %159) <{fastmath = #arith.fastmath<none>, predicate = 9 : i64}> : (f32, f32) -> i1
          %169 = "arith.select"(%168, %arg60, %159) : (i1, f32, f32) -> f32
          "linalg.yield"(%169) : (f32) -> ()
        }) : (tensor<64x4xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%167, %162) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, 64>, static_strides = array<i64: 1, 1>}> : (tensor<4x64xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x64xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_6", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_6_pack_f32, sym_name = "main_dispatch_6_pack_f32"}> ({
      %158:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%158#0, %158#1, %158#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_6_pack_f32"}> ({
      ^bb0(%arg56: !stream.binding, %arg57: !stream.binding):
        %152 = "arith.constant"() <{value = 0 : index}> : () -> index
        %153 = "stream.binding.subspan"(%arg56, %152) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x4xf32>>
        %154 = "stream.binding.subspan"(%arg57, %152) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x4x16x1xf32>>
        %155 = "iree_tensor_ext.dispatch.tensor.load"(%153) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 64, 4>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<64x4xf32>>) -> tensor<64x4xf32>
        %156 = "tensor.empty"() : () -> tensor<4x4x16x1xf32>
        %157 = "linalg.pack"(%155, %156) <{inner_dims_pos = array<i64: 0, 1>, operandSegmentSizes = array<i32: 1, 1, 0, 0>, outer_dims_perm = array<i64: 0, 1>, static_inner_tiles = array<i64: 16, 1>}> : (tensor<64x4xf32>, tensor<4x4x16x1xf32>) -> tensor<4x4x16x1xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%157, %154) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 4, 4, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<4x4x16x1xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x4x16x1xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_7", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_7_mmt4d_1x4x4x4x16x1_f32, sym_name = "main_dispatch_7_mmt4d_1x4x4x4x16x1_f32"}> ({
      %151:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%151#0, %151#1, %151#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_7_mmt4d_1x4x4x4x16x1_f32"}> ({
      ^bb0(%arg50: !stream.binding, %arg51: !stream.binding, %arg52: !stream.binding):
        %141 = "arith.constant"() <{value = 0 : index}> : () -> index
        %142 = "stream.binding.subspan"(%arg50, %141) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x1xf32>>
        %143 = "stream.binding.subspan"(%arg51, %141) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4x4x16x1xf32>>
        %144 = "stream.binding.subspan"(%arg52, %141) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>
        %145 = "iree_tensor_ext.dispatch.tensor.load"(%142) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x1xf32>>) -> tensor<1x4x4x1xf32>
        %146 = "iree_tensor_ext.dispatch.tensor.load"(%143) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 4, 4, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4x4x16x1xf32>>) -> tensor<4x4x16x1xf32>
        %147 = "iree_tensor_ext.dispatch.tensor.load"(%144) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>) -> tensor<1x4x4x16xf32>
        %148 = "linalg.mmt4d"(%145, %146, %147) <{operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg53: f32, %arg54: f32, %arg55: f32):
          %149 = "arith.mulf"(%arg53, %arg54) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %150 = "arith.addf"(%arg55, %149) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          "linalg.yield"(%150) : (f32) -> ()
        }) {linalg.memoized_indexing_maps = [#map4, #map5, #map6]} : (tensor<1x4x4x1xf32>, tensor<4x4x16x1xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%148, %144) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x4x16xf32>, !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_8", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_8_unpack_transpose_64x4_f32, sym_name = "main_dispatch_8_unpack_transpose_64x4_f32"}> ({
      %140:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%140#0, %140#1, %140#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_8_unpack_transpose_64x4_f32"}> ({
      ^bb0(%arg46: !stream.binding, %arg47: !stream.binding):
        %132 = "arith.constant"() <{value = 0 : index}> : () -> index
        %133 = "stream.binding.subspan"(%arg46, %132) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x16xf32>>
        %134 = "stream.binding.subspan"(%arg47, %132) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x64xf32>>
        %135 = "iree_tensor_ext.dispatch.tensor.load"(%133) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x16xf32>>) -> tensor<1x4x4x16xf32>
        %136 = "tensor.empty"() : () -> tensor<4x64xf32>
        %137 = "tensor.empty"() : () -> tensor<64x4xf32>
        %138 = "linalg.unpack"(%135, %137) <{inner_dims_pos = array<i64: 1, 0>, outer_dims_perm = array<i64: 1, 0>, static_inner_tiles = array<i64: 4, 16>}> {operandSegmentSizes = array<i32: 1, 1, 0, 0>} : (tensor<1x4x4x16xf32>, tensor<64x4xf32>) -> tensor<64x4xf32>
        %139 = "linalg.generic"(%138, %136) <{indexing_maps = [#map, #map1], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg48: f32, %arg49: f32):
          "linalg.yield"(%arg48) : (f32) -> ()
        }) : (tensor<64x4xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%139, %134) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, 64>, static_strides = array<i64: 1, 1>}> : (tensor<4x64xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x64xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_9", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_9_slow_memcpy, sym_name = "main_dispatch_9_slow_memcpy"}> ({
      %131:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%131#0, %131#1, %131#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_9_slow_memcpy"}> ({
      ^bb0(%arg44: !stream.binding, %arg45: !stream.binding):
        %127 = "arith.constant"() <{value = 0 : index}> : () -> index
        %128 = "stream.binding.subspan"(%arg44, %127) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<8x8x4xf32>>
        %129 = "stream.binding.subspan"(%arg45, %127) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readwrite:tensor<12x12x4xf32>>
        %130 = "iree_tensor_ext.dispatch.tensor.load"(%128) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0>, static_sizes = array<i64: 8, 8, 4>, static_strides = array<i64: 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<8x8x4xf32>>) -> tensor<8x8x4xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%130, %129) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 2, 2, 0>, static_sizes = array<i64: 8, 8, 4>, static_strides = array<i64: 1, 1, 1>}> : (tensor<8x8x4xf32>, !iree_tensor_ext.dispatch.tensor<readwrite:tensor<12x12x4xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_10", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_10_generic_8x8x5x5x4_f32, sym_name = "main_dispatch_10_generic_8x8x5x5x4_f32"}> ({
      %126:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%126#0, %126#1, %126#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_10_generic_8x8x5x5x4_f32"}> ({
      ^bb0(%arg40: !stream.binding, %arg41: !stream.binding):
        %120 = "arith.constant"() <{value = 0 : index}> : () -> index
        %121 = "stream.binding.subspan"(%arg40, %120) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<12x12x4xf32>>
        %122 = "stream.binding.subspan"(%arg41, %120) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<8x8x5x5x4xf32>>
        %123 = "iree_tensor_ext.dispatch.tensor.load"(%121) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0>, static_sizes = array<i64: 12, 12, 4>, static_strides = array<i64: 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<12x12x4xf32>>) -> tensor<12x12x4xf32>
        %124 = "tensor.empty"() : () -> tensor<8x8x5x5x4xf32>
        %125 = "linalg.generic"(%123, %124) <{indexing_maps = [#map2, #map3], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg42: f32, %arg43: f32):
          "linalg.yield"(%arg42) : (f32) -> ()
        }) : (tensor<12x12x4xf32>, tensor<8x8x5x5x4xf32>) -> tensor<8x8x5x5x4xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%125, %122) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0, 0>, static_sizes = array<i64: 8, 8, 5, 5, 4>, static_strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<8x8x5x5x4xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<8x8x5x5x4xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_11", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_11_pack_f32, sym_name = "main_dispatch_11_pack_f32"}> ({
      %119:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%119#0, %119#1, %119#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_11_pack_f32"}> ({
      ^bb0(%arg38: !stream.binding, %arg39: !stream.binding):
        %113 = "arith.constant"() <{value = 0 : index}> : () -> index
        %114 = "stream.binding.subspan"(%arg38, %113) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x100xf32>>
        %115 = "stream.binding.subspan"(%arg39, %113) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x100x16x1xf32>>
        %116 = "iree_tensor_ext.dispatch.tensor.load"(%114) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 64, 100>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<64x100xf32>>) -> tensor<64x100xf32>
        %117 = "tensor.empty"() : () -> tensor<4x100x16x1xf32>
        %118 = "linalg.pack"(%116, %117) <{inner_dims_pos = array<i64: 0, 1>, operandSegmentSizes = array<i32: 1, 1, 0, 0>, outer_dims_perm = array<i64: 0, 1>, static_inner_tiles = array<i64: 16, 1>}> : (tensor<64x100xf32>, tensor<4x100x16x1xf32>) -> tensor<4x100x16x1xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%118, %115) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 4, 100, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<4x100x16x1xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x100x16x1xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_12", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_12_mmt4d_1x4x100x4x16x1_f32, sym_name = "main_dispatch_12_mmt4d_1x4x100x4x16x1_f32"}> ({
      %112:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%112#0, %112#1, %112#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_12_mmt4d_1x4x100x4x16x1_f32"}> ({
      ^bb0(%arg32: !stream.binding, %arg33: !stream.binding, %arg34: !stream.binding):
        %102 = "arith.constant"() <{value = 0 : index}> : () -> index
        %103 = "stream.binding.subspan"(%arg32, %102) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x100x4x1xf32>>
        %104 = "stream.binding.subspan"(%arg33, %102) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4x100x16x1xf32>>
        %105 = "stream.binding.subspan"(%arg34, %102) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>
        %106 = "iree_tensor_ext.dispatch.tensor.load"(%103) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 100, 4, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x100x4x1xf32>>) -> tensor<1x100x4x1xf32>
        %107 = "iree_tensor_ext.dispatch.tensor.load"(%104) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 4, 100, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4x100x16x1xf32>>) -> tensor<4x100x16x1xf32>
        %108 = "iree_tensor_ext.dispatch.tensor.load"(%105) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>) -> tensor<1x4x4x16xf32>
        %109 = "linalg.mmt4d"(%106, %107, %108) <{operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg35: f32, %arg36: f32, %arg37: f32):
          %110 = "arith.mulf"(%arg35, %arg36) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %111 = "arith.addf"(%arg37, %110) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          "linalg.yield"(%111) : (f32) -> ()
        }) {linalg.memoized_indexing_maps = [#map4, #map5, #map6]} : (tensor<1x100x4x1xf32>, tensor<4x100x16x1xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%109, %105) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x4x16xf32>, !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_14", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_14_transpose_12x64_f32, sym_name = "main_dispatch_14_transpose_12x64_f32"}> ({
      %101:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%101#0, %101#1, %101#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_14_transpose_12x64_f32"}> ({
      ^bb0(%arg28: !stream.binding, %arg29: !stream.binding):
        %95 = "arith.constant"() <{value = 0 : index}> : () -> index
        %96 = "stream.binding.subspan"(%arg28, %95) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<12x64xf32>>
        %97 = "stream.binding.subspan"(%arg29, %95) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x12xf32>>
        %98 = "iree_tensor_ext.dispatch.tensor.load"(%96) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 12, 64>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<12x64xf32>>) -> tensor<12x64xf32>
        %99 = "tensor.empty"() : () -> tensor<64x12xf32>
        %100 = "linalg.generic"(%98, %99) <{indexing_maps = [#map, #map1], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg30: f32, %arg31: f32):
          "linalg.yield"(%arg30) : (f32) -> ()
        }) : (tensor<12x64xf32>, tensor<64x12xf32>) -> tensor<64x12xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%100, %97) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 64, 12>, static_strides = array<i64: 1, 1>}> : (tensor<64x12xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x12xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_15", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_15_pack_f32, sym_name = "main_dispatch_15_pack_f32"}> ({
      %94:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%94#0, %94#1, %94#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_15_pack_f32"}> ({
      ^bb0(%arg26: !stream.binding, %arg27: !stream.binding):
        %88 = "arith.constant"() <{value = 0 : index}> : () -> index
        %89 = "stream.binding.subspan"(%arg26, %88) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x12xf32>>
        %90 = "stream.binding.subspan"(%arg27, %88) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x12x16x1xf32>>
        %91 = "iree_tensor_ext.dispatch.tensor.load"(%89) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 64, 12>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<64x12xf32>>) -> tensor<64x12xf32>
        %92 = "tensor.empty"() : () -> tensor<4x12x16x1xf32>
        %93 = "linalg.pack"(%91, %92) <{inner_dims_pos = array<i64: 0, 1>, operandSegmentSizes = array<i32: 1, 1, 0, 0>, outer_dims_perm = array<i64: 0, 1>, static_inner_tiles = array<i64: 16, 1>}> : (tensor<64x12xf32>, tensor<4x12x16x1xf32>) -> tensor<4x12x16x1xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%93, %90) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 4, 12, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<4x12x16x1xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x12x16x1xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_16", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_16_mmt4d_1x4x12x4x16x1_f32, sym_name = "main_dispatch_16_mmt4d_1x4x12x4x16x1_f32"}> ({
      %87:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%87#0, %87#1, %87#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_16_mmt4d_1x4x12x4x16x1_f32"}> ({
      ^bb0(%arg20: !stream.binding, %arg21: !stream.binding, %arg22: !stream.binding):
        %77 = "arith.constant"() <{value = 0 : index}> : () -> index
        %78 = "stream.binding.subspan"(%arg20, %77) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x12x4x1xf32>>
        %79 = "stream.binding.subspan"(%arg21, %77) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4x12x16x1xf32>>
        %80 = "stream.binding.subspan"(%arg22, %77) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>
        %81 = "iree_tensor_ext.dispatch.tensor.load"(%78) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 12, 4, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x12x4x1xf32>>) -> tensor<1x12x4x1xf32>
        %82 = "iree_tensor_ext.dispatch.tensor.load"(%79) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 4, 12, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4x12x16x1xf32>>) -> tensor<4x12x16x1xf32>
        %83 = "iree_tensor_ext.dispatch.tensor.load"(%80) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>) -> tensor<1x4x4x16xf32>
        %84 = "linalg.mmt4d"(%81, %82, %83) <{operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg23: f32, %arg24: f32, %arg25: f32):
          %85 = "arith.mulf"(%arg23, %arg24) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %86 = "arith.addf"(%arg25, %85) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          "linalg.yield"(%86) : (f32) -> ()
        }) {linalg.memoized_indexing_maps = [#map4, #map5, #map6]} : (tensor<1x12x4x1xf32>, tensor<4x12x16x1xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%84, %80) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x4x16xf32>, !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_17", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_17_unpack_elementwise_transpose_64x4_f32, sym_name = "main_dispatch_17_unpack_elementwise_transpose_64x4_f32"}> ({
      %76:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%76#0, %76#1, %76#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_17_unpack_elementwise_transpose_64x4_f32"}> ({
      ^bb0(%arg14: !stream.binding, %arg15: !stream.binding, %arg16: !stream.binding):
        %65 = "arith.constant"() <{value = 0 : index}> : () -> index
        %66 = "stream.binding.subspan"(%arg14, %65) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x16xf32>>
        %67 = "stream.binding.subspan"(%arg15, %65) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4x64xf32>>
        %68 = "stream.binding.subspan"(%arg16, %65) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x64xf32>>
        %69 = "iree_tensor_ext.dispatch.tensor.load"(%66) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x16xf32>>) -> tensor<1x4x4x16xf32>
        %70 = "iree_tensor_ext.dispatch.tensor.load"(%67) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, 64>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4x64xf32>>) -> tensor<4x64xf32>
        %71 = "tensor.empty"() : () -> tensor<4x64xf32>
        %72 = "tensor.empty"() : () -> tensor<64x4xf32>
        %73 = "linalg.unpack"(%69, %72) <{inner_dims_pos = array<i64: 1, 0>, outer_dims_perm = array<i64: 1, 0>, static_inner_tiles = array<i64: 4, 16>}> {operandSegmentSizes = array<i32: 1, 1, 0, 0>} : (tensor<1x4x4x16xf32>, tensor<64x4xf32>) -> tensor<64x4xf32>
        %74 = "linalg.generic"(%73, %70, %71) <{indexing_maps = [#map, #map1, #map1], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg17: f32, %arg18: f32, %arg19: f32):
          %75 = "arith.addf"(%arg17, %arg18) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          "linalg.yield"(%75) : (f32) -> ()
        }) : (tensor<64x4xf32>, tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%74, %68) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, 64>, static_strides = array<i64: 1, 1>}> : (tensor<4x64xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x64xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "util.func"() <{function_type = (!hal.buffer_view) -> !hal.buffer_view, sym_name = "main", sym_visibility = "public", tied_operands = [-1 : index]}> ({
  ^bb0(%arg0: !hal.buffer_view):
    %0 = "arith.constant"() <{value = 0 : index}> : () -> index
    %1 = "arith.constant"() <{value = 4 : index}> : () -> index
    %2 = "arith.constant"() <{value = 8 : index}> : () -> index
    %3 = "arith.constant"() <{value = 1 : index}> : () -> index
    %4 = "arith.constant"() <{value = 0 : i8}> : () -> i8
    %5 = "arith.constant"() <{value = 1024 : index}> : () -> index
    %6 = "arith.constant"() <{value = 1600 : index}> : () -> index
    %7 = "arith.constant"() <{value = 9216 : index}> : () -> index
    %8 = "arith.constant"() <{value = 576 : index}> : () -> index
    %9 = "arith.constant"() <{value = 64 : index}> : () -> index
    %10 = "arith.constant"() <{value = 2304 : index}> : () -> index
    %11 = "arith.constant"() <{value = 25600 : index}> : () -> index
    %12 = "arith.constant"() <{value = 3072 : index}> : () -> index
    %13 = "arith.constant"() <{value = 2048 : index}> : () -> index
    %14 = "arith.constant"() <{value = 192 : index}> : () -> index
    %15 = "util.global.load"() <{global = @__hoisted_tensor_1x3x3x4x4x1xf32__timepoint, is_immutable}> : () -> !stream.timepoint
    %16 = "util.global.load"() <{global = @__hoisted_tensor_1x3x3x4x4x1xf32__timepoint, is_immutable}> : () -> !stream.timepoint
    %17 = "util.global.load"() <{global = @__hoisted_tensor_1x3x3x4x4x1xf32__timepoint, is_immutable}> : () -> !stream.timepoint
    %18 = "util.global.load"() <{global = @__hoisted_tensor_1x3x3x4x4x1xf32__timepoint, is_immutable}> : () -> !stream.timepoint
    %19 = "util.global.load"() <{global = @__hoisted_tensor_1x3x3x4x4x1xf32__timepoint, is_immutable}> : () -> !stream.timepoint
    %20 = "util.global.load"() <{global = @__hoisted_tensor_1x3x3x4x4x1xf32__timepoint, is_immutable}> : () -> !stream.timepoint
    %21 = "util.global.load"() <{global = @__hoisted_tensor_1x3x3x4x4x1xf32__timepoint, is_immutable}> : () -> !stream.timepoint
    %22 = "util.global.load"() <{global = @__hoisted_tensor_1x3x3x4x4x1xf32__timepoint, is_immutable}> : () -> !stream.timepoint
    %23 = "util.global.load"() <{global = @__hoisted_tensor_1x3x3x4x4x1xf32, is_immutable}> : () -> !stream.resource<constant>
    %24 = "util.global.load"() <{global = @__hoisted_tensor_1x4x4x16xf32, is_immutable}> : () -> !stream.resource<constant>
    %25 = "util.global.load"() <{global = @__hoisted_tensor_1x4x1x1x4x1xf32, is_immutable}> : () -> !stream.resource<constant>
    %26 = "util.global.load"() <{global = @__hoisted_tensor_1x4x4x16xf32_0, is_immutable}> : () -> !stream.resource<constant>
    %27 = "util.global.load"() <{global = @__hoisted_tensor_1x5x5x4x4x1xf32, is_immutable}> : () -> !stream.resource<constant>
    %28 = "util.global.load"() <{global = @__hoisted_tensor_1x4x4x16xf32_1, is_immutable}> : () -> !stream.resource<constant>
    %29 = "util.global.load"() <{global = @__hoisted_tensor_1x12x1x1x4x1xf32, is_immutable}> : () -> !stream.resource<constant>
    %30 = "util.global.load"() <{global = @__hoisted_tensor_1x4x4x16xf32_2, is_immutable}> : () -> !stream.resource<constant>
    %31 = "stream.timepoint.join"(%16, %19, %18, %17) : (!stream.timepoint, !stream.timepoint, !stream.timepoint, !stream.timepoint) -> !stream.timepoint
    %32:5 = "stream.async.execute"(%24, %26, %28, %30, %5, %5, %5, %5, %5, %5, %5, %5, %31) <{affinity = #hal.device.affinity<@__device_0>, operandSegmentSizes = array<i32: 4, 4, 4, 1>, tied_operands = []}> ({
    ^bb0(%arg10: !stream.resource<constant>, %arg11: !stream.resource<constant>, %arg12: !stream.resource<constant>, %arg13: !stream.resource<constant>):
      %61 = "stream.async.clone"(%arg10, %5, %5) : (!stream.resource<constant>, index, index) -> !stream.resource<transient>
      %62 = "stream.async.clone"(%arg11, %5, %5) : (!stream.resource<constant>, index, index) -> !stream.resource<transient>
      %63 = "stream.async.clone"(%arg12, %5, %5) : (!stream.resource<constant>, index, index) -> !stream.resource<transient>
      %64 = "stream.async.clone"(%arg13, %5, %5) : (!stream.resource<constant>, index, index) -> !stream.resource<transient>
      "stream.yield"(%61, %62, %63, %64, %5, %5, %5, %5) : (!stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index) -> ()
    }) : (!stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, index, index, index, index, index, index, index, index, !stream.timepoint) -> (!stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, !stream.timepoint)
    %33 = "hal.element_type"() <{type = f32}> : () -> i32
    %34 = "hal.encoding_type"() : () -> i32
    "hal.buffer_view.assert"(%arg0, %33, %34, %3, %1, %2, %2) <{message = "input0"}> : (!hal.buffer_view, i32, i32, index, index, index, index) -> ()
    %35 = "stream.tensor.import"(%arg0, %5) <{affinity = #hal.device.affinity<@__device_0>, result_encoding = tensor<1x4x8x8xf32>}> : (!hal.buffer_view, index) -> !stream.resource<external>
    %36 = "stream.timepoint.join"(%32#4, %21, %20, %15, %22) : (!stream.timepoint, !stream.timepoint, !stream.timepoint, !stream.timepoint, !stream.timepoint) -> !stream.timepoint
    %37:2 = "stream.async.execute"(%35, %23, %32#0, %25, %32#1, %27, %32#2, %29, %32#3, %5, %8, %5, %9, %5, %6, %5, %14, %5, %5, %36) <{affinity = #hal.device.affinity<@__device_0>, operandSegmentSizes = array<i32: 9, 9, 1, 1>, tied_operands = []}> ({
    ^bb0(%arg1: !stream.resource<external>, %arg2: !stream.resource<constant>, %arg3: !stream.resource<transient>, %arg4: !stream.resource<constant>, %arg5: !stream.resource<transient>, %arg6: !stream.resource<constant>, %arg7: !stream.resource<transient>, %arg8: !stream.resource<constant>, %arg9: !stream.resource<transient>):
      %40 = "stream.async.dispatch"(%arg1, %5, %0, %5, %5, %5) <{entry_points = [@main_dispatch_0::@main_dispatch_0_transpose_4x64_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<external>, index, index, index, index, index) -> !stream.resource<transient>
      %41 = "stream.async.splat"(%4, %6) : (i8, index) -> !stream.resource<transient>
      %42 = "stream.async.dispatch"(%40, %41, %5, %6, %0, %0, %5, %6, %5, %6, %6) <{entry_points = [@main_dispatch_1::@main_dispatch_1_slow_memcpy], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %43 = "stream.async.dispatch"(%42, %6, %0, %6, %6, %7) <{entry_points = [@main_dispatch_2::@main_dispatch_2_generic_8x8x3x3x4_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<transient>
      %44 = "stream.async.dispatch"(%43, %7, %0, %7, %7, %7) <{entry_points = [@main_dispatch_3::@main_dispatch_3_pack_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<transient>
      %45 = "stream.async.dispatch"(%arg2, %44, %arg3, %8, %7, %5, %0, %0, %0, %8, %7, %5, %8, %7, %5, %5) <{entry_points = [@main_dispatch_4::@main_dispatch_4_mmt4d_1x4x36x4x16x1_f32], operandSegmentSizes = array<i32: 0, 3, 3, 3, 3, 3, 1>, tied_operands = [2 : index]}> : (!stream.resource<constant>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %46 = "stream.async.alloca"(%12) : (index) -> !stream.resource<transient>
      %47 = "stream.async.dispatch"(%45, %46, %5, %12, %0, %0, %5, %5, %5, %5, %12) <{entry_points = [@main_dispatch_5::@main_dispatch_5_unpack_elementwise_transpose_64x4_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %48 = "stream.async.dispatch"(%40, %5, %0, %5, %5, %5) <{entry_points = [@main_dispatch_6::@main_dispatch_6_pack_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<transient>
      %49 = "stream.async.dispatch"(%arg4, %48, %arg5, %9, %5, %5, %0, %0, %0, %9, %5, %5, %9, %5, %5, %5) <{entry_points = [@main_dispatch_7::@main_dispatch_7_mmt4d_1x4x4x4x16x1_f32], operandSegmentSizes = array<i32: 0, 3, 3, 3, 3, 3, 1>, tied_operands = [2 : index]}> : (!stream.resource<constant>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %50 = "stream.async.dispatch"(%49, %47, %5, %12, %0, %5, %5, %13, %5, %5, %12) <{entry_points = [@main_dispatch_8::@main_dispatch_8_unpack_transpose_64x4_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %51 = "stream.async.splat"(%4, %10) : (i8, index) -> !stream.resource<transient>
      %52 = "stream.async.dispatch"(%40, %51, %5, %10, %0, %0, %5, %10, %5, %10, %10) <{entry_points = [@main_dispatch_9::@main_dispatch_9_slow_memcpy], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %53 = "stream.async.dispatch"(%52, %10, %0, %10, %10, %11) <{entry_points = [@main_dispatch_10::@main_dispatch_10_generic_8x8x5x5x4_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<transient>
      %54 = "stream.async.dispatch"(%53, %11, %0, %11, %11, %11) <{entry_points = [@main_dispatch_11::@main_dispatch_11_pack_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<transient>
      %55 = "stream.async.dispatch"(%arg6, %54, %arg7, %6, %11, %5, %0, %0, %0, %6, %11, %5, %6, %11, %5, %5) <{entry_points = [@main_dispatch_12::@main_dispatch_12_mmt4d_1x4x100x4x16x1_f32], operandSegmentSizes = array<i32: 0, 3, 3, 3, 3, 3, 1>, tied_operands = [2 : index]}> : (!stream.resource<constant>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %56 = "stream.async.dispatch"(%55, %50, %5, %12, %0, %13, %5, %12, %5, %5, %12) <{entry_points = [@main_dispatch_8::@main_dispatch_8_unpack_transpose_64x4_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %57 = "stream.async.dispatch"(%56, %12, %0, %12, %12, %12) <{entry_points = [@main_dispatch_14::@main_dispatch_14_transpose_12x64_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<transient>
      %58 = "stream.async.dispatch"(%57, %12, %0, %12, %12, %12) <{entry_points = [@main_dispatch_15::@main_dispatch_15_pack_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<transient>
      %59 = "stream.async.dispatch"(%arg8, %58, %arg9, %14, %12, %5, %0, %0, %0, %14, %12, %5, %14, %12, %5, %5) <{entry_points = [@main_dispatch_16::@main_dispatch_16_mmt4d_1x4x12x4x16x1_f32], operandSegmentSizes = array<i32: 0, 3, 3, 3, 3, 3, 1>, tied_operands = [2 : index]}> : (!stream.resource<constant>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %60 = "stream.async.dispatch"(%59, %arg1, %5, %5, %0, %0, %5, %5, %5, %5, %5) <{entry_points = [@main_dispatch_17::@main_dispatch_17_unpack_elementwise_transpose_64x4_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, !stream.resource<external>, index, index, index, index, index, index, index, index, index) -> !stream.resource<external>
      "stream.yield"(%60, %5) : (!stream.resource<external>, index) -> ()
    }) : (!stream.resource<external>, !stream.resource<constant>, !stream.resource<transient>, !stream.resource<constant>, !stream.resource<transient>, !stream.resource<constant>, !stream.resource<transient>, !stream.resource<constant>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index, index, !stream.timepoint) -> (!stream.resource<external>, !stream.timepoint)
    %38 = "stream.timepoint.await"(%37#0, %5, %37#1) <{operandSegmentSizes = array<i32: 1, 1, 1>}> : (!stream.resource<external>, index, !stream.timepoint) -> !stream.resource<external>
    %39 = "stream.tensor.export"(%38, %5) <{affinity = #hal.device.affinity<@__device_0>, source_encoding = tensor<1x4x8x8xf32>}> : (!stream.resource<external>, index) -> !hal.buffer_view
    "util.return"(%39) : (!hal.buffer_view) -> ()
  }) {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @main(%input0: tensor<1x4x8x8xf32>) -> (%output0: tensor<1x4x8x8xf32>)"}} : () -> ()
}) {stream.affinity.default = #hal.device.affinity<@__device_0>} : () -> ()

