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
    %215 = "stream.timepoint.immediate"() : () -> !stream.timepoint
    %216 = "arith.constant"() <{value = 192 : index}> : () -> index
    %217 = "arith.constant"() <{value = 1600 : index}> : () -> index
    %218 = "arith.constant"() <{value = 64 : index}> : () -> index
    %219 = "arith.constant"() <{value = 1024 : index}> : () -> index
    %220 = "arith.constant"() <{value = 576 : index}> : () -> index
    %221:9 = "stream.async.execute"(%220, %219, %218, %219, %217, %219, %216, %219) <{affinity = #hal.device.affinity<@__device_0>, operandSegmentSizes = array<i32: 0, 0, 8, 0>, tied_operands = []}> ({
      %223 = "stream.async.constant"(%220) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x3x3x4x4x1xf32"> : tensor<1x3x3x4x4x1xf32>}> : (index) -> !stream.resource<constant>
      %224 = "stream.async.constant"(%219) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x4x4x16xf32"> : tensor<1x4x4x16xf32>}> : (index) -> !stream.resource<constant>
      %225 = "stream.async.constant"(%218) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x4x1x1x4x1xf32"> : tensor<1x4x1x1x4x1xf32>}> : (index) -> !stream.resource<constant>
      %226 = "stream.async.constant"(%219) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x4x4x16xf32_0"> : tensor<1x4x4x16xf32>}> : (index) -> !stream.resource<constant>
      %227 = "stream.async.constant"(%217) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x5x5x4x4x1xf32"> : tensor<1x5x5x4x4x1xf32>}> : (index) -> !stream.resource<constant>
      %228 = "stream.async.constant"(%219) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x4x4x16xf32_1"> : tensor<1x4x4x16xf32>}> : (index) -> !stream.resource<constant>
      %229 = "stream.async.constant"(%216) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x12x1x1x4x1xf32"> : tensor<1x12x1x1x4x1xf32>}> : (index) -> !stream.resource<constant>
      %230 = "stream.async.constant"(%219) <{value = #stream.parameter.named<"model"::"__hoisted_tensor_1x4x4x16xf32_2"> : tensor<1x4x4x16xf32>}> : (index) -> !stream.resource<constant>
      "stream.yield"(%223, %224, %225, %226, %227, %228, %229, %230, %220, %219, %218, %219, %217, %219, %216, %219) : (!stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, index, index, index, index, index, index, index, index) -> ()
    }) : (index, index, index, index, index, index, index, index) -> (!stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.timepoint)
    %222:8 = "stream.timepoint.await"(%221#6, %221#7, %221#0, %221#2, %221#3, %221#5, %221#4, %221#1, %216, %219, %220, %218, %219, %219, %217, %219, %221#8) <{operandSegmentSizes = array<i32: 8, 8, 1>, sync}> : (!stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, index, index, index, index, index, index, index, index, !stream.timepoint) -> (!stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>)
    "util.global.store"(%222#0) <{global = @__hoisted_tensor_1x12x1x1x4x1xf32}> : (!stream.resource<constant>) -> ()
    "util.global.store"(%222#2) <{global = @__hoisted_tensor_1x3x3x4x4x1xf32}> : (!stream.resource<constant>) -> ()
    "util.global.store"(%215) <{global = @__hoisted_tensor_1x3x3x4x4x1xf32__timepoint}> : (!stream.timepoint) -> ()
    "util.global.store"(%222#3) <{global = @__hoisted_tensor_1x4x1x1x4x1xf32}> : (!stream.resource<constant>) -> ()
    "util.global.store"(%222#7) <{global = @__hoisted_tensor_1x4x4x16xf32}> : (!stream.resource<constant>) -> ()
    "util.global.store"(%222#4) <{global = @__hoisted_tensor_1x4x4x16xf32_0}> : (!stream.resource<constant>) -> ()
    "util.global.store"(%222#5) <{global = @__hoisted_tensor_1x4x4x16xf32_1}> : (!stream.resource<constant>) -> ()
    "util.global.store"(%222#1) <{global = @__hoisted_tensor_1x4x4x16xf32_2}> : (!stream.resource<constant>) -> ()
    "util.global.store"(%222#6) <{global = @__hoisted_tensor_1x5x5x4x4x1xf32}> : (!stream.resource<constant>) -> ()
    "util.return"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_0", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_0_transpose_4x64_f32, sym_name = "main_dispatch_0_transpose_4x64_f32"}> ({
      %214:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%214#0, %214#1, %214#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_0_transpose_4x64_f32"}> ({
      ^bb0(%arg102: !stream.binding, %arg103: !stream.binding):
        %208 = "arith.constant"() <{value = 0 : index}> : () -> index
        %209 = "stream.binding.subspan"(%arg102, %208) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4x64xf32>>
        %210 = "stream.binding.subspan"(%arg103, %208) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x4xf32>>
        %211 = "iree_tensor_ext.dispatch.tensor.load"(%209) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, 64>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4x64xf32>>) -> tensor<4x64xf32>
        %212 = "tensor.empty"() : () -> tensor<64x4xf32>
        %213 = "linalg.generic"(%211, %212) <{indexing_maps = [#map, #map1], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg104: f32, %arg105: f32):
          "linalg.yield"(%arg104) : (f32) -> ()
        }) : (tensor<4x64xf32>, tensor<64x4xf32>) -> tensor<64x4xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%213, %210) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 64, 4>, static_strides = array<i64: 1, 1>}> : (tensor<64x4xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x4xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_1", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_1_slow_memcpy, sym_name = "main_dispatch_1_slow_memcpy"}> ({
      %207:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%207#0, %207#1, %207#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_1_slow_memcpy"}> ({
      ^bb0(%arg100: !stream.binding, %arg101: !stream.binding):
        %203 = "arith.constant"() <{value = 0 : index}> : () -> index
        %204 = "stream.binding.subspan"(%arg100, %203) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<8x8x4xf32>>
        %205 = "stream.binding.subspan"(%arg101, %203) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readwrite:tensor<10x10x4xf32>>
        %206 = "iree_tensor_ext.dispatch.tensor.load"(%204) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0>, static_sizes = array<i64: 8, 8, 4>, static_strides = array<i64: 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<8x8x4xf32>>) -> tensor<8x8x4xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%206, %205) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 1, 1, 0>, static_sizes = array<i64: 8, 8, 4>, static_strides = array<i64: 1, 1, 1>}> : (tensor<8x8x4xf32>, !iree_tensor_ext.dispatch.tensor<readwrite:tensor<10x10x4xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_2", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_2_generic_8x8x3x3x4_f32, sym_name = "main_dispatch_2_generic_8x8x3x3x4_f32"}> ({
      %202:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%202#0, %202#1, %202#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_2_generic_8x8x3x3x4_f32"}> ({
      ^bb0(%arg96: !stream.binding, %arg97: !stream.binding):
        %196 = "arith.constant"() <{value = 0 : index}> : () -> index
        %197 = "stream.binding.subspan"(%arg96, %196) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<10x10x4xf32>>
        %198 = "stream.binding.subspan"(%arg97, %196) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<8x8x3x3x4xf32>>
        %199 = "iree_tensor_ext.dispatch.tensor.load"(%197) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0>, static_sizes = array<i64: 10, 10, 4>, static_strides = array<i64: 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<10x10x4xf32>>) -> tensor<10x10x4xf32>
        %200 = "tensor.empty"() : () -> tensor<8x8x3x3x4xf32>
        %201 = "linalg.generic"(%199, %200) <{indexing_maps = [#map2, #map3], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg98: f32, %arg99: f32):
          "linalg.yield"(%arg98) : (f32) -> ()
        }) : (tensor<10x10x4xf32>, tensor<8x8x3x3x4xf32>) -> tensor<8x8x3x3x4xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%201, %198) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0, 0>, static_sizes = array<i64: 8, 8, 3, 3, 4>, static_strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<8x8x3x3x4xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<8x8x3x3x4xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_3", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_3_pack_f32, sym_name = "main_dispatch_3_pack_f32"}> ({
      %195:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%195#0, %195#1, %195#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_3_pack_f32"}> ({
      ^bb0(%arg94: !stream.binding, %arg95: !stream.binding):
        %189 = "arith.constant"() <{value = 0 : index}> : () -> index
        %190 = "stream.binding.subspan"(%arg94, %189) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x36xf32>>
        %191 = "stream.binding.subspan"(%arg95, %189) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x36x16x1xf32>>
        %192 = "iree_tensor_ext.dispatch.tensor.load"(%190) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 64, 36>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<64x36xf32>>) -> tensor<64x36xf32>
        %193 = "tensor.empty"() : () -> tensor<4x36x16x1xf32>
        %194 = "linalg.pack"(%192, %193) <{inner_dims_pos = array<i64: 0, 1>, operandSegmentSizes = array<i32: 1, 1, 0, 0>, outer_dims_perm = array<i64: 0, 1>, static_inner_tiles = array<i64: 16, 1>}> : (tensor<64x36xf32>, tensor<4x36x16x1xf32>) -> tensor<4x36x16x1xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%194, %191) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 4, 36, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<4x36x16x1xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x36x16x1xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_4", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_4_mmt4d_1x4x36x4x16x1_f32, sym_name = "main_dispatch_4_mmt4d_1x4x36x4x16x1_f32"}> ({
      %188:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%188#0, %188#1, %188#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_4_mmt4d_1x4x36x4x16x1_f32"}> ({
      ^bb0(%arg88: !stream.binding, %arg89: !stream.binding, %arg90: !stream.binding):
        %178 = "arith.constant"() <{value = 0 : index}> : () -> index
        %179 = "stream.binding.subspan"(%arg88, %178) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x36x4x1xf32>>
        %180 = "stream.binding.subspan"(%arg89, %178) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4x36x16x1xf32>>
        %181 = "stream.binding.subspan"(%arg90, %178) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>
        %182 = "iree_tensor_ext.dispatch.tensor.load"(%179) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 36, 4, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x36x4x1xf32>>) -> tensor<1x36x4x1xf32>
        %183 = "iree_tensor_ext.dispatch.tensor.load"(%180) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 4, 36, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4x36x16x1xf32>>) -> tensor<4x36x16x1xf32>
        %184 = "iree_tensor_ext.dispatch.tensor.load"(%181) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>) -> tensor<1x4x4x16xf32>
        %185 = "linalg.mmt4d"(%182, %183, %184) <{operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg91: f32, %arg92: f32, %arg93: f32):
          %186 = "arith.mulf"(%arg91, %arg92) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %187 = "arith.addf"(%arg93, %186) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          "linalg.yield"(%187) : (f32) -> ()
        }) {linalg.memoized_indexing_maps = [#map4, #map5, #map6]} : (tensor<1x36x4x1xf32>, tensor<4x36x16x1xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%185, %181) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x4x16xf32>, !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_5", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_5_unpack_elementwise_transpose_64x4_f32, sym_name = "main_dispatch_5_unpack_elementwise_transpose_64x4_f32"}> ({
      %177:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%177#0, %177#1, %177#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_5_unpack_elementwise_transpose_64x4_f32"}> ({
      ^bb0(%arg84: !stream.binding, %arg85: !stream.binding):
        %166 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
        %167 = "arith.constant"() <{value = 0 : index}> : () -> index
        %168 = "stream.binding.subspan"(%arg84, %167) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x16xf32>>
        %169 = "stream.binding.subspan"(%arg85, %167) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x64xf32>>
        %170 = "iree_tensor_ext.dispatch.tensor.load"(%168) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x16xf32>>) -> tensor<1x4x4x16xf32>
        %171 = "tensor.empty"() : () -> tensor<4x64xf32>
        %172 = "tensor.empty"() : () -> tensor<64x4xf32>
        %173 = "linalg.unpack"(%170, %172) <{inner_dims_pos = array<i64: 1, 0>, outer_dims_perm = array<i64: 1, 0>, static_inner_tiles = array<i64: 4, 16>}> {operandSegmentSizes = array<i32: 1, 1, 0, 0>} : (tensor<1x4x4x16xf32>, tensor<64x4xf32>) -> tensor<64x4xf32>
        %174 = "linalg.generic"(%173, %171) <{indexing_maps = [#map, #map1], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg86: f32, %arg87: f32):
          %175 = "arith.cmpf"(%arg86, %166) <{fastmath = #arith.fastmath<none>, predicate = 9 : i64}> : (f32, f32) -> i1
          %176 = "arith.select"(%175, %arg86, %166) : (i1, f32, f32) -> f32
          "linalg.yield"(%176) : (f32) -> ()
        }) : (tensor<64x4xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%174, %169) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, 64>, static_strides = array<i64: 1, 1>}> : (tensor<4x64xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x64xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_6", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_6_pack_f32, sym_name = "main_dispatch_6_pack_f32"}> ({
      %165:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%165#0, %165#1, %165#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_6_pack_f32"}> ({
      ^bb0(%arg82: !stream.binding, %arg83: !stream.binding):
        %159 = "arith.constant"() <{value = 0 : index}> : () -> index
        %160 = "stream.binding.subspan"(%arg82, %159) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x4xf32>>
        %161 = "stream.binding.subspan"(%arg83, %159) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x4x16x1xf32>>
        %162 = "iree_tensor_ext.dispatch.tensor.load"(%160) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 64, 4>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<64x4xf32>>) -> tensor<64x4xf32>
        %163 = "tensor.empty"() : () -> tensor<4x4x16x1xf32>
        %164 = "linalg.pack"(%162, %163) <{inner_dims_pos = array<i64: 0, 1>, operandSegmentSizes = array<i32: 1, 1, 0, 0>, outer_dims_perm = array<i64: 0, 1>, static_inner_tiles = array<i64: 16, 1>}> : (tensor<64x4xf32>, tensor<4x4x16x1xf32>) -> tensor<4x4x16x1xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%164, %161) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 4, 4, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<4x4x16x1xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x4x16x1xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_7", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_7_mmt4d_1x4x4x4x16x1_f32, sym_name = "main_dispatch_7_mmt4d_1x4x4x4x16x1_f32"}> ({
      %158:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%158#0, %158#1, %158#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_7_mmt4d_1x4x4x4x16x1_f32"}> ({
      ^bb0(%arg76: !stream.binding, %arg77: !stream.binding, %arg78: !stream.binding):
        %148 = "arith.constant"() <{value = 0 : index}> : () -> index
        %149 = "stream.binding.subspan"(%arg76, %148) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x1xf32>>
        %150 = "stream.binding.subspan"(%arg77, %148) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4x4x16x1xf32>>
        %151 = "stream.binding.subspan"(%arg78, %148) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>
        %152 = "iree_tensor_ext.dispatch.tensor.load"(%149) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x1xf32>>) -> tensor<1x4x4x1xf32>
        %153 = "iree_tensor_ext.dispatch.tensor.load"(%150) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 4, 4, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4x4x16x1xf32>>) -> tensor<4x4x16x1xf32>
        %154 = "iree_tensor_ext.dispatch.tensor.load"(%151) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>) -> tensor<1x4x4x16xf32>
        %155 = "linalg.mmt4d"(%152, %153, %154) <{operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg79: f32, %arg80: f32, %arg81: f32):
          %156 = "arith.mulf"(%arg79, %arg80) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %157 = "arith.addf"(%arg81, %156) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          "linalg.yield"(%157) : (f32) -> ()
        }) {linalg.memoized_indexing_maps = [#map4, #map5, #map6]} : (tensor<1x4x4x1xf32>, tensor<4x4x16x1xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%155, %151) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x4x16xf32>, !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_8", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_8_unpack_transpose_64x4_f32, sym_name = "main_dispatch_8_unpack_transpose_64x4_f32"}> ({
      %147:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%147#0, %147#1, %147#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_8_unpack_transpose_64x4_f32"}> ({
      ^bb0(%arg72: !stream.binding, %arg73: !stream.binding):
        %139 = "arith.constant"() <{value = 0 : index}> : () -> index
        %140 = "stream.binding.subspan"(%arg72, %139) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x16xf32>>
        %141 = "stream.binding.subspan"(%arg73, %139) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x64xf32>>
        %142 = "iree_tensor_ext.dispatch.tensor.load"(%140) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x16xf32>>) -> tensor<1x4x4x16xf32>
        %143 = "tensor.empty"() : () -> tensor<4x64xf32>
        %144 = "tensor.empty"() : () -> tensor<64x4xf32>
        %145 = "linalg.unpack"(%142, %144) <{inner_dims_pos = array<i64: 1, 0>, outer_dims_perm = array<i64: 1, 0>, static_inner_tiles = array<i64: 4, 16>}> {operandSegmentSizes = array<i32: 1, 1, 0, 0>} : (tensor<1x4x4x16xf32>, tensor<64x4xf32>) -> tensor<64x4xf32>
        %146 = "linalg.generic"(%145, %143) <{indexing_maps = [#map, #map1], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg74: f32, %arg75: f32):
          "linalg.yield"(%arg74) : (f32) -> ()
        }) : (tensor<64x4xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%146, %141) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, 64>, static_strides = array<i64: 1, 1>}> : (tensor<4x64xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x64xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_9", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_9_slow_memcpy, sym_name = "main_dispatch_9_slow_memcpy"}> ({
      %138:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%138#0, %138#1, %138#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_9_slow_memcpy"}> ({
      ^bb0(%arg70: !stream.binding, %arg71: !stream.binding):
        %134 = "arith.constant"() <{value = 0 : index}> : () -> index
        %135 = "stream.binding.subspan"(%arg70, %134) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<8x8x4xf32>>
        %136 = "stream.binding.subspan"(%arg71, %134) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readwrite:tensor<12x12x4xf32>>
        %137 = "iree_tensor_ext.dispatch.tensor.load"(%135) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0>, static_sizes = array<i64: 8, 8, 4>, static_strides = array<i64: 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<8x8x4xf32>>) -> tensor<8x8x4xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%137, %136) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 2, 2, 0>, static_sizes = array<i64: 8, 8, 4>, static_strides = array<i64: 1, 1, 1>}> : (tensor<8x8x4xf32>, !iree_tensor_ext.dispatch.tensor<readwrite:tensor<12x12x4xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_10", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_10_generic_8x8x5x5x4_f32, sym_name = "main_dispatch_10_generic_8x8x5x5x4_f32"}> ({
      %133:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%133#0, %133#1, %133#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_10_generic_8x8x5x5x4_f32"}> ({
      ^bb0(%arg66: !stream.binding, %arg67: !stream.binding):
        %127 = "arith.constant"() <{value = 0 : index}> : () -> index
        %128 = "stream.binding.subspan"(%arg66, %127) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<12x12x4xf32>>
        %129 = "stream.binding.subspan"(%arg67, %127) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<8x8x5x5x4xf32>>
        %130 = "iree_tensor_ext.dispatch.tensor.load"(%128) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0>, static_sizes = array<i64: 12, 12, 4>, static_strides = array<i64: 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<12x12x4xf32>>) -> tensor<12x12x4xf32>
        %131 = "tensor.empty"() : () -> tensor<8x8x5x5x4xf32>
        %132 = "linalg.generic"(%130, %131) <{indexing_maps = [#map2, #map3], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg68: f32, %arg69: f32):
          "linalg.yield"(%arg68) : (f32) -> ()
        }) : (tensor<12x12x4xf32>, tensor<8x8x5x5x4xf32>) -> tensor<8x8x5x5x4xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%132, %129) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0, 0>, static_sizes = array<i64: 8, 8, 5, 5, 4>, static_strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<8x8x5x5x4xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<8x8x5x5x4xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_11", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_11_pack_f32, sym_name = "main_dispatch_11_pack_f32"}> ({
      %126:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%126#0, %126#1, %126#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_11_pack_f32"}> ({
      ^bb0(%arg64: !stream.binding, %arg65: !stream.binding):
        %120 = "arith.constant"() <{value = 0 : index}> : () -> index
        %121 = "stream.binding.subspan"(%arg64, %120) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x100xf32>>
        %122 = "stream.binding.subspan"(%arg65, %120) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x100x16x1xf32>>
        %123 = "iree_tensor_ext.dispatch.tensor.load"(%121) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 64, 100>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<64x100xf32>>) -> tensor<64x100xf32>
        %124 = "tensor.empty"() : () -> tensor<4x100x16x1xf32>
        %125 = "linalg.pack"(%123, %124) <{inner_dims_pos = array<i64: 0, 1>, operandSegmentSizes = array<i32: 1, 1, 0, 0>, outer_dims_perm = array<i64: 0, 1>, static_inner_tiles = array<i64: 16, 1>}> : (tensor<64x100xf32>, tensor<4x100x16x1xf32>) -> tensor<4x100x16x1xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%125, %122) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 4, 100, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<4x100x16x1xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x100x16x1xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_12", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_12_mmt4d_1x4x100x4x16x1_f32, sym_name = "main_dispatch_12_mmt4d_1x4x100x4x16x1_f32"}> ({
      %119:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%119#0, %119#1, %119#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_12_mmt4d_1x4x100x4x16x1_f32"}> ({
      ^bb0(%arg58: !stream.binding, %arg59: !stream.binding, %arg60: !stream.binding):
        %109 = "arith.constant"() <{value = 0 : index}> : () -> index
        %110 = "stream.binding.subspan"(%arg58, %109) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x100x4x1xf32>>
        %111 = "stream.binding.subspan"(%arg59, %109) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4x100x16x1xf32>>
        %112 = "stream.binding.subspan"(%arg60, %109) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>
        %113 = "iree_tensor_ext.dispatch.tensor.load"(%110) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 100, 4, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x100x4x1xf32>>) -> tensor<1x100x4x1xf32>
        %114 = "iree_tensor_ext.dispatch.tensor.load"(%111) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 4, 100, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4x100x16x1xf32>>) -> tensor<4x100x16x1xf32>
        %115 = "iree_tensor_ext.dispatch.tensor.load"(%112) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>) -> tensor<1x4x4x16xf32>
        %116 = "linalg.mmt4d"(%113, %114, %115) <{operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg61: f32, %arg62: f32, %arg63: f32):
          %117 = "arith.mulf"(%arg61, %arg62) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %118 = "arith.addf"(%arg63, %117) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          "linalg.yield"(%118) : (f32) -> ()
        }) {linalg.memoized_indexing_maps = [#map4, #map5, #map6]} : (tensor<1x100x4x1xf32>, tensor<4x100x16x1xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%116, %112) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x4x16xf32>, !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_14", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_14_transpose_12x64_f32, sym_name = "main_dispatch_14_transpose_12x64_f32"}> ({
      %108:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%108#0, %108#1, %108#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_14_transpose_12x64_f32"}> ({
      ^bb0(%arg54: !stream.binding, %arg55: !stream.binding):
        %102 = "arith.constant"() <{value = 0 : index}> : () -> index
        %103 = "stream.binding.subspan"(%arg54, %102) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<12x64xf32>>
        %104 = "stream.binding.subspan"(%arg55, %102) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x12xf32>>
        %105 = "iree_tensor_ext.dispatch.tensor.load"(%103) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 12, 64>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<12x64xf32>>) -> tensor<12x64xf32>
        %106 = "tensor.empty"() : () -> tensor<64x12xf32>
        %107 = "linalg.generic"(%105, %106) <{indexing_maps = [#map, #map1], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg56: f32, %arg57: f32):
          "linalg.yield"(%arg56) : (f32) -> ()
        }) : (tensor<12x64xf32>, tensor<64x12xf32>) -> tensor<64x12xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%107, %104) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 64, 12>, static_strides = array<i64: 1, 1>}> : (tensor<64x12xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x12xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_15", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_15_pack_f32, sym_name = "main_dispatch_15_pack_f32"}> ({
      %101:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%101#0, %101#1, %101#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_15_pack_f32"}> ({
      ^bb0(%arg52: !stream.binding, %arg53: !stream.binding):
        %95 = "arith.constant"() <{value = 0 : index}> : () -> index
        %96 = "stream.binding.subspan"(%arg52, %95) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x12xf32>>
        %97 = "stream.binding.subspan"(%arg53, %95) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x12x16x1xf32>>
        %98 = "iree_tensor_ext.dispatch.tensor.load"(%96) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 64, 12>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<64x12xf32>>) -> tensor<64x12xf32>
        %99 = "tensor.empty"() : () -> tensor<4x12x16x1xf32>
        %100 = "linalg.pack"(%98, %99) <{inner_dims_pos = array<i64: 0, 1>, operandSegmentSizes = array<i32: 1, 1, 0, 0>, outer_dims_perm = array<i64: 0, 1>, static_inner_tiles = array<i64: 16, 1>}> : (tensor<64x12xf32>, tensor<4x12x16x1xf32>) -> tensor<4x12x16x1xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%100, %97) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 4, 12, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<4x12x16x1xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x12x16x1xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_16", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_16_mmt4d_1x4x12x4x16x1_f32, sym_name = "main_dispatch_16_mmt4d_1x4x12x4x16x1_f32"}> ({
      %94:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%94#0, %94#1, %94#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_16_mmt4d_1x4x12x4x16x1_f32"}> ({
      ^bb0(%arg46: !stream.binding, %arg47: !stream.binding, %arg48: !stream.binding):
        %84 = "arith.constant"() <{value = 0 : index}> : () -> index
        %85 = "stream.binding.subspan"(%arg46, %84) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x12x4x1xf32>>
        %86 = "stream.binding.subspan"(%arg47, %84) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4x12x16x1xf32>>
        %87 = "stream.binding.subspan"(%arg48, %84) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>
        %88 = "iree_tensor_ext.dispatch.tensor.load"(%85) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 12, 4, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x12x4x1xf32>>) -> tensor<1x12x4x1xf32>
        %89 = "iree_tensor_ext.dispatch.tensor.load"(%86) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 4, 12, 16, 1>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4x12x16x1xf32>>) -> tensor<4x12x16x1xf32>
        %90 = "iree_tensor_ext.dispatch.tensor.load"(%87) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>) -> tensor<1x4x4x16xf32>
        %91 = "linalg.mmt4d"(%88, %89, %90) <{operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg49: f32, %arg50: f32, %arg51: f32):
          %92 = "arith.mulf"(%arg49, %arg50) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %93 = "arith.addf"(%arg51, %92) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          "linalg.yield"(%93) : (f32) -> ()
        }) {linalg.memoized_indexing_maps = [#map4, #map5, #map6]} : (tensor<1x12x4x1xf32>, tensor<4x12x16x1xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%91, %87) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x4x16xf32>, !iree_tensor_ext.dispatch.tensor<readwrite:tensor<1x4x4x16xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_17", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_17_unpack_elementwise_transpose_64x4_f32, sym_name = "main_dispatch_17_unpack_elementwise_transpose_64x4_f32"}> ({
      %83:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%83#0, %83#1, %83#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_17_unpack_elementwise_transpose_64x4_f32"}> ({
      ^bb0(%arg40: !stream.binding, %arg41: !stream.binding, %arg42: !stream.binding):
        %72 = "arith.constant"() <{value = 0 : index}> : () -> index
        %73 = "stream.binding.subspan"(%arg40, %72) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x16xf32>>
        %74 = "stream.binding.subspan"(%arg41, %72) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4x64xf32>>
        %75 = "stream.binding.subspan"(%arg42, %72) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x64xf32>>
        %76 = "iree_tensor_ext.dispatch.tensor.load"(%73) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 4, 16>, static_strides = array<i64: 1, 1, 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<1x4x4x16xf32>>) -> tensor<1x4x4x16xf32>
        %77 = "iree_tensor_ext.dispatch.tensor.load"(%74) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, 64>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4x64xf32>>) -> tensor<4x64xf32>
        %78 = "tensor.empty"() : () -> tensor<4x64xf32>
        %79 = "tensor.empty"() : () -> tensor<64x4xf32>
        %80 = "linalg.unpack"(%76, %79) <{inner_dims_pos = array<i64: 1, 0>, outer_dims_perm = array<i64: 1, 0>, static_inner_tiles = array<i64: 4, 16>}> {operandSegmentSizes = array<i32: 1, 1, 0, 0>} : (tensor<1x4x4x16xf32>, tensor<64x4xf32>) -> tensor<64x4xf32>
        %81 = "linalg.generic"(%80, %77, %78) <{indexing_maps = [#map, #map1, #map1], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg43: f32, %arg44: f32, %arg45: f32):
          %82 = "arith.addf"(%arg43, %arg44) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          "linalg.yield"(%82) : (f32) -> ()
        }) : (tensor<64x4xf32>, tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%81, %75) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, 64>, static_strides = array<i64: 1, 1>}> : (tensor<4x64xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4x64xf32>>) -> ()
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
    ^bb0(%arg32: !stream.resource<constant>, %arg33: !stream.resource<constant>, %arg34: !stream.resource<constant>, %arg35: !stream.resource<constant>):
      %67:4 = "stream.async.concurrent"(%arg32, %arg33, %arg34, %arg35, %5, %5, %5, %5, %5, %5, %5, %5) <{operandSegmentSizes = array<i32: 4, 4, 4>, tied_operands = [-1 : index, -1 : index, -1 : index, -1 : index]}> ({
      ^bb0(%arg36: !stream.resource<constant>, %arg37: !stream.resource<constant>, %arg38: !stream.resource<constant>, %arg39: !stream.resource<constant>):
        %68 = "stream.async.clone"(%arg36, %5, %5) : (!stream.resource<constant>, index, index) -> !stream.resource<transient>
        %69 = "stream.async.clone"(%arg37, %5, %5) : (!stream.resource<constant>, index, index) -> !stream.resource<transient>
        %70 = "stream.async.clone"(%arg38, %5, %5) : (!stream.resource<constant>, index, index) -> !stream.resource<transient>
        %71 = "stream.async.clone"(%arg39, %5, %5) : (!stream.resource<constant>, index, index) -> !stream.resource<transient>
        "stream.yield"(%68, %69, %70, %71, %5, %5, %5, %5) : (!stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index) -> ()
      }) : (!stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, index, index, index, index, index, index, index, index) -> (!stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>)
      "stream.yield"(%67#0, %67#1, %67#2, %67#3, %5, %5, %5, %5) : (!stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index) -> ()
    }) : (!stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, !stream.resource<constant>, index, index, index, index, index, index, index, index, !stream.timepoint) -> (!stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, !stream.timepoint)
    %33 = "hal.element_type"() <{type = f32}> : () -> i32
    %34 = "hal.encoding_type"() : () -> i32
    "hal.buffer_view.assert"(%arg0, %33, %34, %3, %1, %2, %2) <{message = "input0"}> : (!hal.buffer_view, i32, i32, index, index, index, index) -> ()
    %35 = "stream.tensor.import"(%arg0, %5) <{affinity = #hal.device.affinity<@__device_0>, result_encoding = tensor<1x4x8x8xf32>}> : (!hal.buffer_view, index) -> !stream.resource<external>
    %36 = "stream.timepoint.join"(%32#4, %21, %20, %15, %22) : (!stream.timepoint, !stream.timepoint, !stream.timepoint, !stream.timepoint, !stream.timepoint) -> !stream.timepoint
    %37:2 = "stream.async.execute"(%35, %23, %32#0, %25, %32#1, %27, %32#2, %29, %32#3, %5, %8, %5, %9, %5, %6, %5, %14, %5, %5, %36) <{affinity = #hal.device.affinity<@__device_0>, operandSegmentSizes = array<i32: 9, 9, 1, 1>, tied_operands = []}> ({
    ^bb0(%arg1: !stream.resource<external>, %arg2: !stream.resource<constant>, %arg3: !stream.resource<transient>, %arg4: !stream.resource<constant>, %arg5: !stream.resource<transient>, %arg6: !stream.resource<constant>, %arg7: !stream.resource<transient>, %arg8: !stream.resource<constant>, %arg9: !stream.resource<transient>):
      %40:3 = "stream.async.concurrent"(%arg1, %5, %5, %6, %10) <{operandSegmentSizes = array<i32: 1, 1, 3>, tied_operands = [-1 : index, -1 : index, -1 : index]}> ({
      ^bb0(%arg31: !stream.resource<external>):
        %64 = "stream.async.dispatch"(%arg31, %5, %0, %5, %5, %5) <{entry_points = [@main_dispatch_0::@main_dispatch_0_transpose_4x64_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<external>, index, index, index, index, index) -> !stream.resource<transient>
        %65 = "stream.async.splat"(%4, %6) : (i8, index) -> !stream.resource<transient>
        %66 = "stream.async.splat"(%4, %10) : (i8, index) -> !stream.resource<transient>
        "stream.yield"(%64, %65, %66, %5, %6, %10) : (!stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, index, index, index) -> ()
      }) : (!stream.resource<external>, index, index, index, index) -> (!stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>)
      %41:3 = "stream.async.concurrent"(%40#0, %40#1, %40#2, %5, %6, %10, %6, %5, %10) <{operandSegmentSizes = array<i32: 3, 3, 3>, tied_operands = [1 : index, -1 : index, 2 : index]}> ({
      ^bb0(%arg28: !stream.resource<transient>, %arg29: !stream.resource<transient>, %arg30: !stream.resource<transient>):
        %61 = "stream.async.dispatch"(%arg28, %arg29, %5, %6, %0, %0, %5, %6, %5, %6, %6) <{entry_points = [@main_dispatch_1::@main_dispatch_1_slow_memcpy], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %62 = "stream.async.dispatch"(%arg28, %5, %0, %5, %5, %5) <{entry_points = [@main_dispatch_6::@main_dispatch_6_pack_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<transient>
        %63 = "stream.async.dispatch"(%arg28, %arg30, %5, %10, %0, %0, %5, %10, %5, %10, %10) <{entry_points = [@main_dispatch_9::@main_dispatch_9_slow_memcpy], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        "stream.yield"(%61, %62, %63, %6, %5, %10) : (!stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, index, index, index) -> ()
      }) : (!stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index) -> (!stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>)
      %42:4 = "stream.async.concurrent"(%41#0, %arg4, %41#1, %arg5, %41#2, %6, %9, %5, %5, %10, %7, %12, %5, %11) <{operandSegmentSizes = array<i32: 5, 5, 4>, tied_operands = [-1 : index, -1 : index, 3 : index, -1 : index]}> ({
      ^bb0(%arg23: !stream.resource<transient>, %arg24: !stream.resource<constant>, %arg25: !stream.resource<transient>, %arg26: !stream.resource<transient>, %arg27: !stream.resource<transient>):
        %57 = "stream.async.dispatch"(%arg23, %6, %0, %6, %6, %7) <{entry_points = [@main_dispatch_2::@main_dispatch_2_generic_8x8x3x3x4_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<transient>
        %58 = "stream.async.alloca"(%12) : (index) -> !stream.resource<transient>
        %59 = "stream.async.dispatch"(%arg24, %arg25, %arg26, %9, %5, %5, %0, %0, %0, %9, %5, %5, %9, %5, %5, %5) <{entry_points = [@main_dispatch_7::@main_dispatch_7_mmt4d_1x4x4x4x16x1_f32], operandSegmentSizes = array<i32: 0, 3, 3, 3, 3, 3, 1>, tied_operands = [2 : index]}> : (!stream.resource<constant>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %60 = "stream.async.dispatch"(%arg27, %10, %0, %10, %10, %11) <{entry_points = [@main_dispatch_10::@main_dispatch_10_generic_8x8x5x5x4_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<transient>
        "stream.yield"(%57, %58, %59, %60, %7, %12, %5, %11) : (!stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index) -> ()
      }) : (!stream.resource<transient>, !stream.resource<constant>, !stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> (!stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>)
      %43:3 = "stream.async.concurrent"(%42#0, %42#2, %42#1, %42#3, %7, %5, %12, %11, %7, %12, %11) <{operandSegmentSizes = array<i32: 4, 4, 3>, tied_operands = [-1 : index, 2 : index, -1 : index]}> ({
      ^bb0(%arg19: !stream.resource<transient>, %arg20: !stream.resource<transient>, %arg21: !stream.resource<transient>, %arg22: !stream.resource<transient>):
        %54 = "stream.async.dispatch"(%arg19, %7, %0, %7, %7, %7) <{entry_points = [@main_dispatch_3::@main_dispatch_3_pack_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<transient>
        %55 = "stream.async.dispatch"(%arg20, %arg21, %5, %12, %0, %5, %5, %13, %5, %5, %12) <{entry_points = [@main_dispatch_8::@main_dispatch_8_unpack_transpose_64x4_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %56 = "stream.async.dispatch"(%arg22, %11, %0, %11, %11, %11) <{entry_points = [@main_dispatch_11::@main_dispatch_11_pack_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<transient>
        "stream.yield"(%54, %55, %56, %7, %12, %11) : (!stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, index, index, index) -> ()
      }) : (!stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index) -> (!stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>)
      %44:2 = "stream.async.concurrent"(%arg2, %43#0, %arg3, %arg6, %43#2, %arg7, %8, %7, %5, %6, %11, %5, %5, %5) <{operandSegmentSizes = array<i32: 6, 6, 2>, tied_operands = [2 : index, 5 : index]}> ({
      ^bb0(%arg13: !stream.resource<constant>, %arg14: !stream.resource<transient>, %arg15: !stream.resource<transient>, %arg16: !stream.resource<constant>, %arg17: !stream.resource<transient>, %arg18: !stream.resource<transient>):
        %52 = "stream.async.dispatch"(%arg13, %arg14, %arg15, %8, %7, %5, %0, %0, %0, %8, %7, %5, %8, %7, %5, %5) <{entry_points = [@main_dispatch_4::@main_dispatch_4_mmt4d_1x4x36x4x16x1_f32], operandSegmentSizes = array<i32: 0, 3, 3, 3, 3, 3, 1>, tied_operands = [2 : index]}> : (!stream.resource<constant>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %53 = "stream.async.dispatch"(%arg16, %arg17, %arg18, %6, %11, %5, %0, %0, %0, %6, %11, %5, %6, %11, %5, %5) <{entry_points = [@main_dispatch_12::@main_dispatch_12_mmt4d_1x4x100x4x16x1_f32], operandSegmentSizes = array<i32: 0, 3, 3, 3, 3, 3, 1>, tied_operands = [2 : index]}> : (!stream.resource<constant>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        "stream.yield"(%52, %53, %5, %5) : (!stream.resource<transient>, !stream.resource<transient>, index, index) -> ()
      }) : (!stream.resource<constant>, !stream.resource<transient>, !stream.resource<transient>, !stream.resource<constant>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index) -> (!stream.resource<transient>, !stream.resource<transient>)
      %45 = "stream.async.concurrent"(%44#0, %43#1, %44#1, %5, %12, %5, %12) <{operandSegmentSizes = array<i32: 3, 3, 1>, tied_operands = [1 : index]}> ({
      ^bb0(%arg10: !stream.resource<transient>, %arg11: !stream.resource<transient>, %arg12: !stream.resource<transient>):
        %50 = "stream.async.dispatch"(%arg10, %arg11, %5, %12, %0, %0, %5, %5, %5, %5, %12) <{entry_points = [@main_dispatch_5::@main_dispatch_5_unpack_elementwise_transpose_64x4_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %51 = "stream.async.dispatch"(%arg12, %50, %5, %12, %0, %13, %5, %12, %5, %5, %12) <{entry_points = [@main_dispatch_8::@main_dispatch_8_unpack_transpose_64x4_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        "stream.yield"(%51, %12) : (!stream.resource<transient>, index) -> ()
      }) : (!stream.resource<transient>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index) -> !stream.resource<transient>
      %46 = "stream.async.dispatch"(%45, %12, %0, %12, %12, %12) <{entry_points = [@main_dispatch_14::@main_dispatch_14_transpose_12x64_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<transient>
      %47 = "stream.async.dispatch"(%46, %12, %0, %12, %12, %12) <{entry_points = [@main_dispatch_15::@main_dispatch_15_pack_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<transient>
      %48 = "stream.async.dispatch"(%arg8, %47, %arg9, %14, %12, %5, %0, %0, %0, %14, %12, %5, %14, %12, %5, %5) <{entry_points = [@main_dispatch_16::@main_dispatch_16_mmt4d_1x4x12x4x16x1_f32], operandSegmentSizes = array<i32: 0, 3, 3, 3, 3, 3, 1>, tied_operands = [2 : index]}> : (!stream.resource<constant>, !stream.resource<transient>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
      %49 = "stream.async.dispatch"(%48, %arg1, %5, %5, %0, %0, %5, %5, %5, %5, %5) <{entry_points = [@main_dispatch_17::@main_dispatch_17_unpack_elementwise_transpose_64x4_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, !stream.resource<external>, index, index, index, index, index, index, index, index, index) -> !stream.resource<external>
      "stream.yield"(%49, %5) : (!stream.resource<external>, index) -> ()
    }) : (!stream.resource<external>, !stream.resource<constant>, !stream.resource<transient>, !stream.resource<constant>, !stream.resource<transient>, !stream.resource<constant>, !stream.resource<transient>, !stream.resource<constant>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index, index, !stream.timepoint) -> (!stream.resource<external>, !stream.timepoint)
    %38 = "stream.timepoint.await"(%37#0, %5, %37#1) <{operandSegmentSizes = array<i32: 1, 1, 1>}> : (!stream.resource<external>, index, !stream.timepoint) -> !stream.resource<external>
    %39 = "stream.tensor.export"(%38, %5) <{affinity = #hal.device.affinity<@__device_0>, source_encoding = tensor<1x4x8x8xf32>}> : (!stream.resource<external>, index) -> !hal.buffer_view
    "util.return"(%39) : (!hal.buffer_view) -> ()
  }) {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @main(%input0: tensor<1x4x8x8xf32>) -> (%output0: tensor<1x4x8x8xf32>)"}} : () -> ()
}) {stream.affinity.default = #hal.device.affinity<@__device_0>} : () -> ()
