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
    %212 = "stream.timepoint.immediate"() : () -> !stream.timepoint
    %213 = "arith.constant"() <{value = 192 : index}> : () -> index
    %214 = "arith.constant"() <{value = 1600 : index}> : () -> index
    %215 = "arith.constant"() <{value = 64 : index}> : () -> index
    %216 = "arith.constant"() <{value = 1024 : index}> : () -> index
    %217 = "arith.constant"() <{value = 576 : index}> : () -> index
    %218:9 = "stream.async.execute"(%217, %216, %215, %216, %214, %216, %213, %216) <{affinity = #hal.device.affinity<@__device_0>, operandSegmentSizes = array<i32: 0, 0, 8, 0>, tied_operands = []}> ({
      %220 = "stream.async.constant"(%217) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x3x3x4x4x1xf32"> : tensor<1x3x3x4x4x1xf32>}> : (index) -> !stream.resource<constant>
      %221 = "stream.async.constant"(%216) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x4x4x16xf32"> : tensor<1x4x4x16xf32>}> : (index) -> !stream.resource<constant>
      %222 = "stream.async.constant"(%215) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x4x1x1x4x1xf32"> : tensor<1x4x1x1x4x1xf32>}> : (index) -> !stream.resource<constant>
      %223 = "stream.async.constant"(%216) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x4x4x16xf32_0"> : tensor<1x4x4x16xf32>}> : (index) -> !stream.resource<constant>
      %224 = "stream.async.constant"(%214) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x5x5x4x4x1xf32"> : tensor<1x5x5x4x4x1xf32>}> : (index) -> !stream.resource<constant>
      %225 = "stream.async.constant"(%216) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x4x4x16xf32_1"> : tensor<1x4x4x16xf32>}> : (index) -> !stream.resource<constant>
      %226 = "stream.async.constant"(%213) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x12x1x1x4x1xf32"> : tensor<1x12x1x1x4x1xf32>}> : (index) -> !stream.resource<constant>
      %227 = "stream.async.constant"(%216) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x4x4x16xf32_2"> : tensor<1x4x4x16xf32>}> : (index) -> !stream.resource<constant>
      "stream.yield"(%220, %221, %222, %223, %224, %225, %226, %227, %217, %216, %215, %216, %214, %216, %213, %216) : (!stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, index, index, index, index, index, index, index, index) -> ()
    }) : (index, index, index, index, index, index, index, index) -> (!stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.timepoint)
    %219:8 = "stream.timepoint.await"(%218#6, %218#7, %218#0, %218#2, %218#3, %218#5, %218#4, %218#1, %213, %216, %217, %215, %216, %216, %214, %216, %218#8) <{operandSegmentSizes = array<i32: 8, 8, 1>, sync}> : (!stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, index, index, index, index, index, index, index, index, !stream.timepoint) -> (!stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>)
    "util.global.store"(%219#0) <{global = @__hoisted_tensor_1x12x1x1x4x1xf32}> : (!stream.resource<constant>) -> ()
    "util.global.store"(%219#2) <{global = @__hoisted_tensor_1x3x3x4x4x1xf32}> : (!stream.resource<constant>) -> ()
    "util.global.store"(%212) <{global = @__hoisted_tensor_1x3x3x4x4x1xf32__timepoint}> : (!stream.timepoint) -> ()
    "util.global.store"(%219#3) <{global = @__hoisted_tensor_1x4x1x1x4x1xf32}> : (!stream.resource<constant>) -> ()
    "util.global.store"(%219#7) <{global = @__hoisted_tensor_1x4x4x16xf32}> : (!stream.resource<constant>) -> ()
    "util.global.store"(%219#4) <{global = @__hoisted_tensor_1x4x4x16xf32_0}> : (!stream.resource<constant>) -> ()
    "util.global.store"(%219#5) <{global = @__hoisted_tensor_1x4x4x16xf32_1}> : (!stream.resource<constant>) -> ()
    "util.global.store"(%219#1) <{global = @__hoisted_tensor_1x4x4x16xf32_2}> : (!stream.resource<constant>) -> ()
    "util.global.store"(%219#6) <{global = @__hoisted_tensor_1x5x5x4x4x1xf32}> : (!stream.resource<constant>) -> ()
    "util.return"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_0", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_0_transpose_4x64_f32, sym_name = "main_dispatch_0_transpose_4x64_f32"}> ({
      %211:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%211#0, %211#1, %211#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_0_transpose_4x64_f32"}> ({
      ^bb0(%arg86: !stream.binding, %arg87: !stream.binding):
        %205 = "arith.constant"() <{value = 0 : index}> : () -> index
        %206 = "stream.binding.subspan"(%arg86, %205) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4x64xf32>>
        %207 = "stream.binding.subspan"(%arg87, %205) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x4xf32>>
        %208 = "iree_tensor_ext.dispatch.tensor.load"(%206) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, 64>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4x64xf32>>) -> tensor<4x64xf32>
        %209 = "tensor.empty"() : () -> tensor<64x4xf32>
        %210 = "linalg.generic"(%208, %209) <{indexing_maps = [#map, #map1], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg88: f32, %arg89: f32):
          "linalg.yield"(%arg88) : (f32) -> ()
        }) : (tensor<4x64xf32>, tensor<64x4xf32>) -> tensor<64x4xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%210, %207) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 64, 4>, static_strides = array<i64: 1, 1>}> : (tensor<64x4xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x4xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_1", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_1_slow_memcpy, sym_name = "main_dispatch_1_slow_memcpy"}> ({
      %204:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%204#0, %204#1, %204#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_1_slow_memcpy"}> ({
      ^bb0(%arg84: !stream.binding, %arg85: !stream.binding):
        %200 = "arith.constant"() <{value = 0 : index}> : () -> index
        %201 = "stream.binding.subspan"(%arg84, %200) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<8x8x4xf32>>
        %202 = "stream.binding.subspan"(%arg85, %200) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readwrite:tensor<10x10x4xf32>>
        %203 = "iree_tensor_ext.dispatch.tensor.load"(%201) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0>, static_sizes = array<i64: 8, 8, 4>, static_strides = array<i64: 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<8x8x4xf32>>) -> tensor<8x8x4xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%203, %202) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 1, 1, 0>, static_sizes = array<i64: 8, 8, 4>, static_strides = array<i64: 1, 1, 1>}> : (tensor<8x8x4xf32>, !iree_tensor_ext.dispatch.tensor<readwrite:tensor<10x10x4xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_2", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_2_generic_8x8x3x3x4_f32, sym_name = "main_dispatch_2_generic_8x8x3x3x4_f32"}> ({
      %199:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%199#0, %199#1, %199#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_2_generic_8x8x3x3x4_f32"}> ({
      ^bb0(%arg80: !stream.binding, %arg81: !stream.binding):
        %193 = "arith.constant"() <{value = 0 : index}> : () -> index
        %194 = "stream.binding.subspan"(%arg80, %193) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<10x10x4xf32>>
        %195 = "stream.binding.subspan"(%arg81, %193) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<8x8x3x3x4xf32>>
        %196 = "iree_tensor_ext.dispatch.tensor.load"(%194) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0>, static_sizes = array<i64: 10, 10, 4>, static_strides = array<i64: 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<10x10x4xf32>>) -> tensor<10x10x4xf32>
        %197 = "tensor.empty"() : () -> tensor<8x8x3x3x4xf32>
        %198 = "linalg.generic"(%196, %197) <{indexing_maps = [#map2, #map3], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg82: f32, %arg83: f32):
          "linalg.yield"(%arg82) : (f32) -> ()
        }) : (tensor<10x10x4xf32>, tensor<8x8x3x3x4xf32>) -> tensor<8x8x3x3x4xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%198, %195) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0, 0>, static_sizes = array<i64: 8, 8, 3, 3, 4>, static_strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<8x8x3x3x4xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<8x8x3x3x4xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_3", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_3_pack_f32, sym_name = "main_dispatch_3_pack_f32"}> ({
      %192:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%192#0, %192#1, %192#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_3_pack_f32"}> ({
      ^bb0(%arg78: !stream.binding, %arg79: !stream.binding):
        %186 = "arith.constant"() <{value = 0 : index}> : () -> index
        %187 = "stream.binding.subspan"(%arg78, %186) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x36xf32>>
        %188 = "stream.binding.subspan"(%arg79, %186) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x36x16x1xf32>>
        %189 = "iree_tensor_ext.dispatch.tensor.load"(%187) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 64, 36>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<64x36xf32>>) -> tensor<64x36xf32>
        %190 = "tensor.empty"() : () -> tensor<4x36x16x1xf32>
        %191 = "linalg.pack"(%189, %190) <{inner_dims_pos = array<i64: 0, 1>, operandSegmentSizes = array<i32: 1, 1, 0, 0>, outer_dims_perm = array<i64: 0, 1>, static_inner_tiles = array<i64: 16, 1>}> : (tensor<64x36xf32>, tensor<4x36x16x1xf32>) -> tensor<4x36x16x1xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%191, %188) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 4, 36, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<4x36x16x1xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x36x16x1xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_4", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_4_mmt4d_1x4x36x4x16x1_f32, sym_name = "main_dispatch_4_mmt4d_1x4x36x4x16x1_f32"}> ({
      %185:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%185#0, %185#1, %185#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_4_mmt4d_1x4x36x4x16x1_f32"}> ({
      ^bb0(%arg72: !stream.binding, %arg73: !stream.binding, %arg74: !stream.binding):
        %175 = "arith.constant"() <{value = 0 : index}> : () -> index
        %176 = "stream.binding.subspan"(%arg72, %175) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x36x4x1xf32>>
        %177 = "stream.binding.subspan"(%arg73, %175) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4x36x16x1xf32>>
        %178 = "stream.binding.subspan"(%arg74, %175) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>
        %179 = "iree_tensor_ext.dispatch.tensor.load"(%176) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 36, 4, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x36x4x1xf32>>) -> tensor<1x36x4x1xf32>
        %180 = "iree_tensor_ext.dispatch.tensor.load"(%177) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 4, 36, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4x36x16x1xf32>>) -> tensor<4x36x16x1xf32>
        %181 = "iree_tensor_ext.dispatch.tensor.load"(%178) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>) -> tensor<1x4x4x16xf32>
        %182 = "linalg.mmt4d"(%179, %180, %181) <{operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg75: f32, %arg76: f32, %arg77: f32):
          %183 = "arith.mulf"(%arg75, %arg76) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %184 = "arith.addf"(%arg77, %183) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          "linalg.yield"(%184) : (f32) -> ()
        }) {linalg.memoized_indexing_maps = [#map4, #map5, #map6]} : (tensor<1x36x4x1xf32>, tensor<4x36x16x1xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%182, %178) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x4x16xf32>, !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_5", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_5_unpack_elementwise_transpose_64x4_f32, sym_name = "main_dispatch_5_unpack_elementwise_transpose_64x4_f32"}> ({
      %174:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%174#0, %174#1, %174#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_5_unpack_elementwise_transpose_64x4_f32"}> ({
      ^bb0(%arg68: !stream.binding, %arg69: !stream.binding):
        %163 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
        %164 = "arith.constant"() <{value = 0 : index}> : () -> index
        %165 = "stream.binding.subspan"(%arg68, %164) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x16xf32>>
        %166 = "stream.binding.subspan"(%arg69, %164) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x64xf32>>
        %167 = "iree_tensor_ext.dispatch.tensor.load"(%165) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x16xf32>>) -> tensor<1x4x4x16xf32>
        %168 = "tensor.empty"() : () -> tensor<4x64xf32>
        %169 = "tensor.empty"() : () -> tensor<64x4xf32>
        %170 = "linalg.unpack"(%167, %169) <{inner_dims_pos = array<i64: 1, 0>, outer_dims_perm = array<i64: 1, 0>, static_inner_tiles = array<i64: 4, 16>}> {operandSegmentSizes = array<i32: 1, 1, 0, 0>} : (tensor<1x4x4x16xf32>, tensor<64x4xf32>) -> tensor<64x4xf32>
        %171 = "linalg.generic"(%170, %168) <{indexing_maps = [#map, #map1], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg70: f32, %arg71: f32):
          %172 = "arith.cmpf"(%arg70, %163) <{fastmath = #arith.fastmath<none>, predicate = 9 : i64}> : (f32, f32) -> i1
          %173 = "arith.select"(%172, %arg70, %163) : (i1, f32, f32) -> f32
          "linalg.yield"(%173) : (f32) -> ()
        }) : (tensor<64x4xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%171, %166) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, 64>, static_strides = array<i64: 1, 1>}> : (tensor<4x64xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x64xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_6", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_6_pack_f32, sym_name = "main_dispatch_6_pack_f32"}> ({
      %162:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%162#0, %162#1, %162#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_6_pack_f32"}> ({
      ^bb0(%arg66: !stream.binding, %arg67: !stream.binding):
        %156 = "arith.constant"() <{value = 0 : index}> : () -> index
        %157 = "stream.binding.subspan"(%arg66, %156) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x4xf32>>
        %158 = "stream.binding.subspan"(%arg67, %156) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x4x16x1xf32>>
        %159 = "iree_tensor_ext.dispatch.tensor.load"(%157) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 64, 4>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<64x4xf32>>) -> tensor<64x4xf32>
        %160 = "tensor.empty"() : () -> tensor<4x4x16x1xf32>
        %161 = "linalg.pack"(%159, %160) <{inner_dims_pos = array<i64: 0, 1>, operandSegmentSizes = array<i32: 1, 1, 0, 0>, outer_dims_perm = array<i64: 0, 1>, static_inner_tiles = array<i64: 16, 1>}> : (tensor<64x4xf32>, tensor<4x4x16x1xf32>) -> tensor<4x4x16x1xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%161, %158) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 4, 4, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<4x4x16x1xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x4x16x1xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_7", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_7_mmt4d_1x4x4x4x16x1_f32, sym_name = "main_dispatch_7_mmt4d_1x4x4x4x16x1_f32"}> ({
      %155:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%155#0, %155#1, %155#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_7_mmt4d_1x4x4x4x16x1_f32"}> ({
      ^bb0(%arg60: !stream.binding, %arg61: !stream.binding, %arg62: !stream.binding):
        %145 = "arith.constant"() <{value = 0 : index}> : () -> index
        %146 = "stream.binding.subspan"(%arg60, %145) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x1xf32>>
        %147 = "stream.binding.subspan"(%arg61, %145) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4x4x16x1xf32>>
        %148 = "stream.binding.subspan"(%arg62, %145) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>
        %149 = "iree_tensor_ext.dispatch.tensor.load"(%146) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x1xf32>>) -> tensor<1x4x4x1xf32>
        %150 = "iree_tensor_ext.dispatch.tensor.load"(%147) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 4, 4, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4x4x16x1xf32>>) -> tensor<4x4x16x1xf32>
        %151 = "iree_tensor_ext.dispatch.tensor.load"(%148) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>) -> tensor<1x4x4x16xf32>
        %152 = "linalg.mmt4d"(%149, %150, %151) <{operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg63: f32, %arg64: f32, %arg65: f32):
          %153 = "arith.mulf"(%arg63, %arg64) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %154 = "arith.addf"(%arg65, %153) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          "linalg.yield"(%154) : (f32) -> ()
        }) {linalg.memoized_indexing_maps = [#map4, #map5, #map6]} : (tensor<1x4x4x1xf32>, tensor<4x4x16x1xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%152, %148) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x4x16xf32>, !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_8", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_8_unpack_transpose_64x4_f32, sym_name = "main_dispatch_8_unpack_transpose_64x4_f32"}> ({
      %144:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%144#0, %144#1, %144#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_8_unpack_transpose_64x4_f32"}> ({
      ^bb0(%arg56: !stream.binding, %arg57: !stream.binding):
        %136 = "arith.constant"() <{value = 0 : index}> : () -> index
        %137 = "stream.binding.subspan"(%arg56, %136) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x16xf32>>
        %138 = "stream.binding.subspan"(%arg57, %136) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x64xf32>>
        %139 = "iree_tensor_ext.dispatch.tensor.load"(%137) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x16xf32>>) -> tensor<1x4x4x16xf32>
        %140 = "tensor.empty"() : () -> tensor<4x64xf32>
        %141 = "tensor.empty"() : () -> tensor<64x4xf32>
        %142 = "linalg.unpack"(%139, %141) <{inner_dims_pos = array<i64: 1, 0>, outer_dims_perm = array<i64: 1, 0>, static_inner_tiles = array<i64: 4, 16>}> {operandSegmentSizes = array<i32: 1, 1, 0, 0>} : (tensor<1x4x4x16xf32>, tensor<64x4xf32>) -> tensor<64x4xf32>
        %143 = "linalg.generic"(%142, %140) <{indexing_maps = [#map, #map1], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg58: f32, %arg59: f32):
          "linalg.yield"(%arg58) : (f32) -> ()
        }) : (tensor<64x4xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%143, %138) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, 64>, static_strides = array<i64: 1, 1>}> : (tensor<4x64xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x64xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_9", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_9_slow_memcpy, sym_name = "main_dispatch_9_slow_memcpy"}> ({
      %135:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%135#0, %135#1, %135#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_9_slow_memcpy"}> ({
      ^bb0(%arg54: !stream.binding, %arg55: !stream.binding):
        %131 = "arith.constant"() <{value = 0 : index}> : () -> index
        %132 = "stream.binding.subspan"(%arg54, %131) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<8x8x4xf32>>
        %133 = "stream.binding.subspan"(%arg55, %131) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readwrite:tensor<12x12x4xf32>>
        %134 = "iree_tensor_ext.dispatch.tensor.load"(%132) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0>, static_sizes = array<i64: 8, 8, 4>, static_strides = array<i64: 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<8x8x4xf32>>) -> tensor<8x8x4xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%134, %133) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 2, 2, 0>, static_sizes = array<i64: 8, 8, 4>, static_strides = array<i64: 1, 1, 1>}> : (tensor<8x8x4xf32>, !iree_tensor_ext.dispatch.tensor<readwrite:tensor<12x12x4xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_10", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_10_generic_8x8x5x5x4_f32, sym_name = "main_dispatch_10_generic_8x8x5x5x4_f32"}> ({
      %130:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%130#0, %130#1, %130#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_10_generic_8x8x5x5x4_f32"}> ({
      ^bb0(%arg50: !stream.binding, %arg51: !stream.binding):
        %124 = "arith.constant"() <{value = 0 : index}> : () -> index
        %125 = "stream.binding.subspan"(%arg50, %124) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<12x12x4xf32>>
        %126 = "stream.binding.subspan"(%arg51, %124) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<8x8x5x5x4xf32>>
        %127 = "iree_tensor_ext.dispatch.tensor.load"(%125) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0>, static_sizes = array<i64: 12, 12, 4>, static_strides = array<i64: 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<12x12x4xf32>>) -> tensor<12x12x4xf32>
        %128 = "tensor.empty"() : () -> tensor<8x8x5x5x4xf32>
        %129 = "linalg.generic"(%127, %128) <{indexing_maps = [#map2, #map3], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg52: f32, %arg53: f32):
          "linalg.yield"(%arg52) : (f32) -> ()
        }) : (tensor<12x12x4xf32>, tensor<8x8x5x5x4xf32>) -> tensor<8x8x5x5x4xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%129, %126) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0, 0>, static_sizes = array<i64: 8, 8, 5, 5, 4>, static_strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<8x8x5x5x4xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<8x8x5x5x4xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_11", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_11_pack_f32, sym_name = "main_dispatch_11_pack_f32"}> ({
      %123:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%123#0, %123#1, %123#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_11_pack_f32"}> ({
      ^bb0(%arg48: !stream.binding, %arg49: !stream.binding):
        %117 = "arith.constant"() <{value = 0 : index}> : () -> index
        %118 = "stream.binding.subspan"(%arg48, %117) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x100xf32>>
        %119 = "stream.binding.subspan"(%arg49, %117) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x100x16x1xf32>>
        %120 = "iree_tensor_ext.dispatch.tensor.load"(%118) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 64, 100>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<64x100xf32>>) -> tensor<64x100xf32>
        %121 = "tensor.empty"() : () -> tensor<4x100x16x1xf32>
        %122 = "linalg.pack"(%120, %121) <{inner_dims_pos = array<i64: 0, 1>, operandSegmentSizes = array<i32: 1, 1, 0, 0>, outer_dims_perm = array<i64: 0, 1>, static_inner_tiles = array<i64: 16, 1>}> : (tensor<64x100xf32>, tensor<4x100x16x1xf32>) -> tensor<4x100x16x1xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%122, %119) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 4, 100, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<4x100x16x1xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x100x16x1xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_12", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_12_mmt4d_1x4x100x4x16x1_f32, sym_name = "main_dispatch_12_mmt4d_1x4x100x4x16x1_f32"}> ({
      %116:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%116#0, %116#1, %116#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_12_mmt4d_1x4x100x4x16x1_f32"}> ({
      ^bb0(%arg42: !stream.binding, %arg43: !stream.binding, %arg44: !stream.binding):
        %106 = "arith.constant"() <{value = 0 : index}> : () -> index
        %107 = "stream.binding.subspan"(%arg42, %106) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x100x4x1xf32>>
        %108 = "stream.binding.subspan"(%arg43, %106) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4x100x16x1xf32>>
        %109 = "stream.binding.subspan"(%arg44, %106) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>
        %110 = "iree_tensor_ext.dispatch.tensor.load"(%107) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 100, 4, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x100x4x1xf32>>) -> tensor<1x100x4x1xf32>
        %111 = "iree_tensor_ext.dispatch.tensor.load"(%108) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 4, 100, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4x100x16x1xf32>>) -> tensor<4x100x16x1xf32>
        %112 = "iree_tensor_ext.dispatch.tensor.load"(%109) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>) -> tensor<1x4x4x16xf32>
        %113 = "linalg.mmt4d"(%110, %111, %112) <{operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg45: f32, %arg46: f32, %arg47: f32):
          %114 = "arith.mulf"(%arg45, %arg46) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %115 = "arith.addf"(%arg47, %114) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          "linalg.yield"(%115) : (f32) -> ()
        }) {linalg.memoized_indexing_maps = [#map4, #map5, #map6]} : (tensor<1x100x4x1xf32>, tensor<4x100x16x1xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%113, %109) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x4x16xf32>, !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_14", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_14_transpose_12x64_f32, sym_name = "main_dispatch_14_transpose_12x64_f32"}> ({
      %105:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%105#0, %105#1, %105#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_14_transpose_12x64_f32"}> ({
      ^bb0(%arg38: !stream.binding, %arg39: !stream.binding):
        %99 = "arith.constant"() <{value = 0 : index}> : () -> index
        %100 = "stream.binding.subspan"(%arg38, %99) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<12x64xf32>>
        %101 = "stream.binding.subspan"(%arg39, %99) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x12xf32>>
        %102 = "iree_tensor_ext.dispatch.tensor.load"(%100) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 12, 64>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<12x64xf32>>) -> tensor<12x64xf32>
        %103 = "tensor.empty"() : () -> tensor<64x12xf32>
        %104 = "linalg.generic"(%102, %103) <{indexing_maps = [#map, #map1], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg40: f32, %arg41: f32):
          "linalg.yield"(%arg40) : (f32) -> ()
        }) : (tensor<12x64xf32>, tensor<64x12xf32>) -> tensor<64x12xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%104, %101) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 64, 12>, static_strides = array<i64: 1, 1>}> : (tensor<64x12xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x12xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_15", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_15_pack_f32, sym_name = "main_dispatch_15_pack_f32"}> ({
      %98:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%98#0, %98#1, %98#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_15_pack_f32"}> ({
      ^bb0(%arg36: !stream.binding, %arg37: !stream.binding):
        %92 = "arith.constant"() <{value = 0 : index}> : () -> index
        %93 = "stream.binding.subspan"(%arg36, %92) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x12xf32>>
        %94 = "stream.binding.subspan"(%arg37, %92) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x12x16x1xf32>>
        %95 = "iree_tensor_ext.dispatch.tensor.load"(%93) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 64, 12>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<64x12xf32>>) -> tensor<64x12xf32>
        %96 = "tensor.empty"() : () -> tensor<4x12x16x1xf32>
        %97 = "linalg.pack"(%95, %96) <{inner_dims_pos = array<i64: 0, 1>, operandSegmentSizes = array<i32: 1, 1, 0, 0>, outer_dims_perm = array<i64: 0, 1>, static_inner_tiles = array<i64: 16, 1>}> : (tensor<64x12xf32>, tensor<4x12x16x1xf32>) -> tensor<4x12x16x1xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%97, %94) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 4, 12, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<4x12x16x1xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x12x16x1xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_16", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_16_mmt4d_1x4x12x4x16x1_f32, sym_name = "main_dispatch_16_mmt4d_1x4x12x4x16x1_f32"}> ({
      %91:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%91#0, %91#1, %91#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_16_mmt4d_1x4x12x4x16x1_f32"}> ({
      ^bb0(%arg30: !stream.binding, %arg31: !stream.binding, %arg32: !stream.binding):
        %81 = "arith.constant"() <{value = 0 : index}> : () -> index
        %82 = "stream.binding.subspan"(%arg30, %81) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x12x4x1xf32>>
        %83 = "stream.binding.subspan"(%arg31, %81) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4x12x16x1xf32>>
        %84 = "stream.binding.subspan"(%arg32, %81) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>
        %85 = "iree_tensor_ext.dispatch.tensor.load"(%82) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 12, 4, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x12x4x1xf32>>) -> tensor<1x12x4x1xf32>
        %86 = "iree_tensor_ext.dispatch.tensor.load"(%83) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 4, 12, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4x12x16x1xf32>>) -> tensor<4x12x16x1xf32>
        %87 = "iree_tensor_ext.dispatch.tensor.load"(%84) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>) -> tensor<1x4x4x16xf32>
        %88 = "linalg.mmt4d"(%85, %86, %87) <{operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg33: f32, %arg34: f32, %arg35: f32):
          %89 = "arith.mulf"(%arg33, %arg34) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %90 = "arith.addf"(%arg35, %89) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          "linalg.yield"(%90) : (f32) -> ()
        }) {linalg.memoized_indexing_maps = [#map4, #map5, #map6]} : (tensor<1x12x4x1xf32>, tensor<4x12x16x1xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%88, %84) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x4x16xf32>, !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_17", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_17_unpack_elementwise_transpose_64x4_f32, sym_name = "main_dispatch_17_unpack_elementwise_transpose_64x4_f32"}> ({
      %80:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%80#0, %80#1, %80#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_17_unpack_elementwise_transpose_64x4_f32"}> ({
      ^bb0(%arg24: !stream.binding, %arg25: !stream.binding, %arg26: !stream.binding):
        %69 = "arith.constant"() <{value = 0 : index}> : () -> index
        %70 = "stream.binding.subspan"(%arg24, %69) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x16xf32>>
        %71 = "stream.binding.subspan"(%arg25, %69) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4x64xf32>>
        %72 = "stream.binding.subspan"(%arg26, %69) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x64xf32>>
        %73 = "iree_tensor_ext.dispatch.tensor.load"(%70) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x16xf32>>) -> tensor<1x4x4x16xf32>
        %74 = "iree_tensor_ext.dispatch.tensor.load"(%71) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, 64>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4x64xf32>>) -> tensor<4x64xf32>
        %75 = "tensor.empty"() : () -> tensor<4x64xf32>
        %76 = "tensor.empty"() : () -> tensor<64x4xf32>
        %77 = "linalg.unpack"(%73, %76) <{inner_dims_pos = array<i64: 1, 0>, outer_dims_perm = array<i64: 1, 0>, static_inner_tiles = array<i64: 4, 16>}> {operandSegmentSizes = array<i32: 1, 1, 0, 0>} : (tensor<1x4x4x16xf32>, tensor<64x4xf32>) -> tensor<64x4xf32>
        %78 = "linalg.generic"(%77, %74, %75) <{indexing_maps = [#map, #map1, #map1], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg27: f32, %arg28: f32, %arg29: f32):
          %79 = "arith.addf"(%arg27, %arg28) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          "linalg.yield"(%79) : (f32) -> ()
        }) : (tensor<64x4xf32>, tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%78, %72) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, 64>, static_strides = array<i64: 1, 1>}> : (tensor<4x64xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x64xf32>>) -> ()
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
    ^bb0(%arg16: !stream.resource<constant>, %arg17: !stream.resource<constant>, %arg18: !stream.resource<constant>, %arg19: !stream.resource<constant>):
      %64:4 = "stream.async.concurrent"(%arg16, %arg17, %arg18, %arg19, %5, %5, %5, %5, %5, %5, %5, %5) <{operandSegmentSizes = array<i32: 4, 4, 4>, tied_operands = []}> ({
      ^bb0(%arg20: !stream.resource<constant>, %arg21: !stream.resource<constant>, %arg22: !stream.resource<constant>, %arg23: !stream.resource<constant>):
        %65 = "stream.async.clone"(%arg20, %5, %5) : (!stream.resource<constant>, index, index) -> !stream.resource<transient>
        %66 = "stream.async.clone"(%arg21, %5, %5) : (!stream.resource<constant>, index, index) -> !stream.resource<transient>
        %67 = "stream.async.clone"(%arg22, %5, %5) : (!stream.resource<constant>, index, index) -> !stream.resource<transient>
        %68 = "stream.async.clone"(%arg23, %5, %5) : (!stream.resource<constant>, index, index) -> !stream.resource<transient>
        "stream.yield"(%65, %66, %67, %68, %5, %5, %5, %5) : (!stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index) -> ()
      }) : (!stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, index, index, index, index, index, index, index, index) -> (!stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>)
      "stream.yield"(%64#0, %64#1, %64#2, %64#3, %5, %5, %5, %5) : (!stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index) -> ()
    }) : (!stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, index, index, index, index, index, index, index, index, !stream.timepoint) -> (!stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, !stream.timepoint)
    %33 = "hal.element_type"() <{type = f32}> : () -> i32
    %34 = "hal.encoding_type"() : () -> i32
    "hal.buffer_view.assert"(%arg0, %33, %34, %3, %1, %2, %2) <{message = "input0"}> : (!hal.buffer_view, i32, i32, index, index, index, index) -> ()
    %35 = "stream.tensor.import"(%arg0, %5) <{affinity = #hal.device.affinity<@__device_0>, result_encoding = tensor<1x4x8x8xf32>}> : (!hal.buffer_view, index) -> !stream.resource<external>
    %36 = "stream.timepoint.join"(%32#4, %21, %20, %15, %22) : (!stream.timepoint, !stream.timepoint, !stream.timepoint, !stream.timepoint, !stream.timepoint) -> !stream.timepoint
    %37:2 = "stream.async.execute"(%35, %23, %32#0, %25, %32#1, %27, %32#2, %29, %32#3, %5, %8, %5, %9, %5, %6, %5, %14, %5, %5, %36) <{affinity = #hal.device.affinity<@__device_0>, operandSegmentSizes = array<i32: 9, 9, 1, 1>, tied_operands = []}> ({
    ^bb0(%arg1: !stream.resource<external>, %arg2: !stream.resource<constant>, %arg3: !stream.resource<transient>, %arg4: !stream.resource<constant>, %arg5: !stream.resource<transient>, %arg6: !stream.resource<constant>, %arg7: !stream.resource<transient>, %arg8: !stream.resource<constant>, %arg9: !stream.resource<transient>):
      %40:2 = "stream.async.concurrent"(%arg1, %5, %5, %6) <{operandSegmentSizes = array<i32: 1, 1, 2>, tied_operands = []}> ({
      ^bb0(%arg15: !stream.resource<external>):
        %62 = "stream.async.dispatch"(%arg15, %5, %0, %5, %5, %5) <{entry_points = [@main_dispatch_0::@main_dispatch_0_transpose_4x64_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<external>, index, index, index, index, index) -> !stream.resource<transient>
        %63 = "stream.async.splat"(%4, %6) : (i8, index) -> !stream.resource<transient>
        "stream.yield"(%62, %63, %5, %6) : (!stream.resource<transient>, !stream.resource<transient>, index, index) -> ()
      }) : (!stream.resource<external>, index, index, index) -> (!stream.resource<transient>, !stream.resource<transient>)
      %41 = "stream.async.dispatch"(%40#0, %40#1, %5, %6, %0, %0, %5, %6, %5, %6, %6) <{entry_points = [@main_dispatch_1::@main_dispatch_1_slow_memcpy], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %42 = "stream.async.dispatch"(%41, %6, %0, %6, %6, %7) <{entry_points = [@main_dispatch_2::@main_dispatch_2_generic_8x8x3x3x4_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<transient>
      %43 = "stream.async.dispatch"(%42, %7, %0, %7, %7, %7) <{entry_points = [@main_dispatch_3::@main_dispatch_3_pack_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<transient>
      %44 = "stream.async.dispatch"(%arg2, %43, %arg3, %8, %7, %5, %0, %0, %0, %8, %7, %5, %8, %7, %5, %5) <{entry_points = [@main_dispatch_4::@main_dispatch_4_mmt4d_1x4x36x4x16x1_f32], operandSegmentSizes = array<i32: 0, 3, 3, 3, 3, 3, 1>, tied_operands = [2 : index]}> : (!stream.resource<constant>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %45 = "stream.async.alloca"(%12) : (index) -> !stream.resource<transient>
      %46:2 = "stream.async.concurrent"(%44, %45, %40#0, %5, %12, %5, %12, %5) <{operandSegmentSizes = array<i32: 3, 3, 2>, tied_operands = [1 : index, -1 : index]}> ({
      ^bb0(%arg12: !stream.resource<transient>, %arg13: !stream.resource<transient>, %arg14: !stream.resource<transient>):
        %60 = "stream.async.dispatch"(%arg12, %arg13, %5, %12, %0, %0, %5, %5, %5, %5, %12) <{entry_points = [@main_dispatch_5::@main_dispatch_5_unpack_elementwise_transpose_64x4_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %61 = "stream.async.dispatch"(%arg14, %5, %0, %5, %5, %5) <{entry_points = [@main_dispatch_6::@main_dispatch_6_pack_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<transient>
        "stream.yield"(%60, %61, %12, %5) : (!stream.resource<transient>, !stream.resource<transient>, index, index) -> ()
      }) : (!stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index) -> (!stream.resource<transient>, !stream.resource<transient>)
      %47 = "stream.async.dispatch"(%arg4, %46#1, %arg5, %9, %5, %5, %0, %0, %0, %9, %5, %5, %9, %5, %5, %5) <{entry_points = [@main_dispatch_7::@main_dispatch_7_mmt4d_1x4x4x4x16x1_f32], operandSegmentSizes = array<i32: 0, 3, 3, 3, 3, 3, 1>, tied_operands = [2 : index]}> : (!stream.resource<constant>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %48:2 = "stream.async.concurrent"(%47, %46#0, %5, %12, %12, %10) <{operandSegmentSizes = array<i32: 2, 2, 2>, tied_operands = [1 : index, -1 : index]}> ({
      ^bb0(%arg10: !stream.resource<transient>, %arg11: !stream.resource<transient>):
        %58 = "stream.async.dispatch"(%arg10, %arg11, %5, %12, %0, %5, %5, %13, %5, %5, %12) <{entry_points = [@main_dispatch_8::@main_dispatch_8_unpack_transpose_64x4_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %59 = "stream.async.splat"(%4, %10) : (i8, index) -> !stream.resource<transient>
        "stream.yield"(%58, %59, %12, %10) : (!stream.resource<transient>, !stream.resource<transient>, index, index) -> ()
      }) : (!stream.resource<transient>, !stream.resource<transient>, index, index, index, index) -> (!stream.resource<transient>, !stream.resource<transient>)
      %49 = "stream.async.dispatch"(%40#0, %48#1, %5, %10, %0, %0, %5, %10, %5, %10, %10) <{entry_points = [@main_dispatch_9::@main_dispatch_9_slow_memcpy], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %50 = "stream.async.dispatch"(%49, %10, %0, %10, %10, %11) <{entry_points = [@main_dispatch_10::@main_dispatch_10_generic_8x8x5x5x4_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<transient>
      %51 = "stream.async.dispatch"(%50, %11, %0, %11, %11, %11) <{entry_points = [@main_dispatch_11::@main_dispatch_11_pack_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<transient>
      %52 = "stream.async.dispatch"(%arg6, %51, %arg7, %6, %11, %5, %0, %0, %0, %6, %11, %5, %6, %11, %5, %5) <{entry_points = [@main_dispatch_12::@main_dispatch_12_mmt4d_1x4x100x4x16x1_f32], operandSegmentSizes = array<i32: 0, 3, 3, 3, 3, 3, 1>, tied_operands = [2 : index]}> : (!stream.resource<constant>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %53 = "stream.async.dispatch"(%52, %48#0, %5, %12, %0, %13, %5, %12, %5, %5, %12) <{entry_points = [@main_dispatch_8::@main_dispatch_8_unpack_transpose_64x4_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %54 = "stream.async.dispatch"(%53, %12, %0, %12, %12, %12) <{entry_points = [@main_dispatch_14::@main_dispatch_14_transpose_12x64_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<transient>
      %55 = "stream.async.dispatch"(%54, %12, %0, %12, %12, %12) <{entry_points = [@main_dispatch_15::@main_dispatch_15_pack_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<transient>
      %56 = "stream.async.dispatch"(%arg8, %55, %arg9, %14, %12, %5, %0, %0, %0, %14, %12, %5, %14, %12, %5, %5) <{entry_points = [@main_dispatch_16::@main_dispatch_16_mmt4d_1x4x12x4x16x1_f32], operandSegmentSizes = array<i32: 0, 3, 3, 3, 3, 3, 1>, tied_operands = [2 : index]}> : (!stream.resource<constant>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %57 = "stream.async.dispatch"(%56, %arg1, %5, %5, %0, %0, %5, %5, %5, %5, %5) <{entry_points = [@main_dispatch_17::@main_dispatch_17_unpack_elementwise_transpose_64x4_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, !stream.resource<external>, index, index, index, index, index, index, index, index, index) -> !stream.resource<external>
      "stream.yield"(%57, %5) : (!stream.resource<external>, index) -> ()
    }) : (!stream.resource<external>, !stream.resource<constant>, !stream.resource<transient>, !stream.resource<constant>, !stream.resource<transient>, !stream.resource<constant>, !stream.resource<transient>, !stream.resource<constant>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index, index, !stream.timepoint) -> (!stream.resource<external>, !stream.timepoint)
    %38 = "stream.timepoint.await"(%37#0, %5, %37#1) <{operandSegmentSizes = array<i32: 1, 1, 1>}> : (!stream.resource<external>, index, !stream.timepoint) -> !stream.resource<external>
    %39 = "stream.tensor.export"(%38, %5) <{affinity = #hal.device.affinity<@__device_0>, source_encoding = tensor<1x4x8x8xf32>}> : (!stream.resource<external>, index) -> !hal.buffer_view
    "util.return"(%39) : (!hal.buffer_view) -> ()
  }) {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @main(%input0: tensor<1x4x8x8xf32>) -> (%output0: tensor<1x4x8x8xf32>)"}} : () -> ()
}) {stream.affinity.default = #hal.device.affinity<@__device_0>} : () -> ()

