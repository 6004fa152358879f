#executable_target_embedded_elf_x86_64 = #hal.executable.target<"llvm-cpu", "embedded-elf-x86_64", {cpu = "rocketlake", cpu_features = "+adx,+aes,+avx,+avx2,+avx512bitalg,+avx512bw,+avx512cd,+avx512dq,+avx512f,+avx512ifma,+avx512vbmi,+avx512vbmi2,+avx512vl,+avx512vnni,+avx512vpopcntdq,+bmi,+bmi2,+clflushopt,+cmov,+crc32,+cx16,+cx8,+f16c,+fma,+fsgsbase,+fxsr,+gfni,+invpcid,+lzcnt,+mmx,+movbe,+pclmul,+pku,+popcnt,+prfchw,+rdpid,+rdrnd,+rdseed,+sahf,+sha,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+vaes,+vpclmulqdq,+x87,+xsave,+xsavec,+xsaveopt,+xsaves,+64bit,+adx,+aes,-amx-avx512,+amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,+amx-int8,-amx-movrs,+amx-tile,+avx,+avx10.1,-avx10.2,-avx10v2aux,+avx2,+avx512bf16,+avx512bitalg,-avx512bmm,+avx512bw,+avx512cd,+avx512dq,+avx512f,+avx512fp16,+avx512ifma,+avx512vbmi,+avx512vbmi2,+avx512vl,+avx512vnni,-avx512vp2intersect,+avx512vpopcntdq,-avxifma,-avxneconvert,+avxvnni,-avxvnniint16,-avxvnniint8,+bmi,+bmi2,-ccmp,-cf,+cldemote,+clflushopt,+clwb,-clzero,+cmov,-cmpccxadd,+crc32,+cx16,+cx8,-egpr,-enqcmd,+f16c,+fma,-fma4,+fsgsbase,+fxsr,+gfni,-hreset,+invpcid,-jmpabs,-kl,-lwp,+lzcnt,+mmx,+movbe,+movdir64b,+movdiri,-movrs,-mwaitx,-ndd,-nf,+pclmul,-pconfig,-pku,+popcnt,-ppx,+prefetchi,+prfchw,-ptwrite,-push2pop2,-raoint,+rdpid,-rdpru,+rdrnd,+rdseed,+rtm,+sahf,+serialize,-sgx,+sha,-sha512,-shstk,-sm3,-sm4,+sse,+sse2,+sse3,+sse4.1,+sse4.2,-sse4a,+ssse3,-tbm,+tsxldtrk,-uintr,-usermsr,+vaes,+vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,+xsave,+xsavec,+xsaveopt,+xsaves,-zu", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 64 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>
#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0) -> ()>
#map2 = affine_map<(d0, d1) -> (d1, d0)>
#map3 = affine_map<(d0, d1) -> (d0)>
#device_target_local = #hal.device.target<"local", [#executable_target_embedded_elf_x86_64]> : !hal.device
"builtin.module"() ({
  "util.global"() <{initial_value = #device_target_local, sym_name = "__device_0", sym_visibility = "private", type = !hal.device}> : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_0", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_0_elementwise_4096_f32, sym_name = "main_dispatch_0_elementwise_4096_f32"}> ({
      %621:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%621#0, %621#1, %621#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_0_elementwise_4096_f32"}> ({
      ^bb0(%arg207: !stream.binding, %arg208: !stream.binding):
        %609 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %610 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
        %611 = "arith.constant"() <{value = 0 : index}> : () -> index
        %612 = "stream.binding.subspan"(%arg207, %611) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %613 = "stream.binding.subspan"(%arg208, %611) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %614 = "iree_tensor_ext.dispatch.tensor.load"(%612) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %615 = "tensor.extract_slice"(%609) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %616 = "tensor.empty"() : () -> tensor<4096xf32>
        %617 = "linalg.generic"(%614, %615, %616) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg209: f32, %arg210: f32, %arg211: f32):
          %618 = "arith.mulf"(%arg209, %arg210) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %619 = "arith.addf"(%618, %610) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %620 = "math.sin"(%619) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%620) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%617, %613) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_1", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_1_elementwise_4096_f32, sym_name = "main_dispatch_1_elementwise_4096_f32"}> ({
      %608:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%608#0, %608#1, %608#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_1_elementwise_4096_f32"}> ({
      ^bb0(%arg202: !stream.binding, %arg203: !stream.binding):
        %596 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %597 = "arith.constant"() <{value = 1.000000e+00 : f32}> : () -> f32
        %598 = "arith.constant"() <{value = 0 : index}> : () -> index
        %599 = "stream.binding.subspan"(%arg202, %598) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %600 = "stream.binding.subspan"(%arg203, %598) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %601 = "iree_tensor_ext.dispatch.tensor.load"(%599) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %602 = "tensor.extract_slice"(%596) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 1>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %603 = "tensor.empty"() : () -> tensor<4096xf32>
        %604 = "linalg.generic"(%601, %602, %603) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg204: f32, %arg205: f32, %arg206: f32):
          %605 = "arith.mulf"(%arg204, %arg205) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %606 = "arith.addf"(%605, %597) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %607 = "math.sin"(%606) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%607) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%604, %600) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_2", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_2_elementwise_4096_f32, sym_name = "main_dispatch_2_elementwise_4096_f32"}> ({
      %595:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%595#0, %595#1, %595#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_2_elementwise_4096_f32"}> ({
      ^bb0(%arg197: !stream.binding, %arg198: !stream.binding):
        %583 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %584 = "arith.constant"() <{value = 2.000000e+00 : f32}> : () -> f32
        %585 = "arith.constant"() <{value = 0 : index}> : () -> index
        %586 = "stream.binding.subspan"(%arg197, %585) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %587 = "stream.binding.subspan"(%arg198, %585) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %588 = "iree_tensor_ext.dispatch.tensor.load"(%586) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %589 = "tensor.extract_slice"(%583) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 2>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %590 = "tensor.empty"() : () -> tensor<4096xf32>
        %591 = "linalg.generic"(%588, %589, %590) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg199: f32, %arg200: f32, %arg201: f32):
          %592 = "arith.mulf"(%arg199, %arg200) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %593 = "arith.addf"(%592, %584) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %594 = "math.sin"(%593) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%594) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%591, %587) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_3", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_3_elementwise_4096_f32, sym_name = "main_dispatch_3_elementwise_4096_f32"}> ({
      %582:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%582#0, %582#1, %582#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_3_elementwise_4096_f32"}> ({
      ^bb0(%arg192: !stream.binding, %arg193: !stream.binding):
        %570 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %571 = "arith.constant"() <{value = 3.000000e+00 : f32}> : () -> f32
        %572 = "arith.constant"() <{value = 0 : index}> : () -> index
        %573 = "stream.binding.subspan"(%arg192, %572) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %574 = "stream.binding.subspan"(%arg193, %572) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %575 = "iree_tensor_ext.dispatch.tensor.load"(%573) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %576 = "tensor.extract_slice"(%570) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 3>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %577 = "tensor.empty"() : () -> tensor<4096xf32>
        %578 = "linalg.generic"(%575, %576, %577) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg194: f32, %arg195: f32, %arg196: f32):
          %579 = "arith.mulf"(%arg194, %arg195) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %580 = "arith.addf"(%579, %571) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %581 = "math.sin"(%580) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%581) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%578, %574) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_4", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_4_elementwise_4096_f32, sym_name = "main_dispatch_4_elementwise_4096_f32"}> ({
      %569:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%569#0, %569#1, %569#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_4_elementwise_4096_f32"}> ({
      ^bb0(%arg187: !stream.binding, %arg188: !stream.binding):
        %557 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %558 = "arith.constant"() <{value = 4.000000e+00 : f32}> : () -> f32
        %559 = "arith.constant"() <{value = 0 : index}> : () -> index
        %560 = "stream.binding.subspan"(%arg187, %559) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %561 = "stream.binding.subspan"(%arg188, %559) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %562 = "iree_tensor_ext.dispatch.tensor.load"(%560) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %563 = "tensor.extract_slice"(%557) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 4>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %564 = "tensor.empty"() : () -> tensor<4096xf32>
        %565 = "linalg.generic"(%562, %563, %564) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg189: f32, %arg190: f32, %arg191: f32):
          %566 = "arith.mulf"(%arg189, %arg190) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %567 = "arith.addf"(%566, %558) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %568 = "math.sin"(%567) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%568) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%565, %561) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_5", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_5_elementwise_4096_f32, sym_name = "main_dispatch_5_elementwise_4096_f32"}> ({
      %556:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%556#0, %556#1, %556#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_5_elementwise_4096_f32"}> ({
      ^bb0(%arg182: !stream.binding, %arg183: !stream.binding):
        %544 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %545 = "arith.constant"() <{value = 5.000000e+00 : f32}> : () -> f32
        %546 = "arith.constant"() <{value = 0 : index}> : () -> index
        %547 = "stream.binding.subspan"(%arg182, %546) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %548 = "stream.binding.subspan"(%arg183, %546) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %549 = "iree_tensor_ext.dispatch.tensor.load"(%547) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %550 = "tensor.extract_slice"(%544) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 5>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %551 = "tensor.empty"() : () -> tensor<4096xf32>
        %552 = "linalg.generic"(%549, %550, %551) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg184: f32, %arg185: f32, %arg186: f32):
          %553 = "arith.mulf"(%arg184, %arg185) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %554 = "arith.addf"(%553, %545) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %555 = "math.sin"(%554) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%555) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%552, %548) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_6", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_6_elementwise_4096_f32, sym_name = "main_dispatch_6_elementwise_4096_f32"}> ({
      %543:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%543#0, %543#1, %543#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_6_elementwise_4096_f32"}> ({
      ^bb0(%arg177: !stream.binding, %arg178: !stream.binding):
        %531 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %532 = "arith.constant"() <{value = 6.000000e+00 : f32}> : () -> f32
        %533 = "arith.constant"() <{value = 0 : index}> : () -> index
        %534 = "stream.binding.subspan"(%arg177, %533) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %535 = "stream.binding.subspan"(%arg178, %533) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %536 = "iree_tensor_ext.dispatch.tensor.load"(%534) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %537 = "tensor.extract_slice"(%531) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 6>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %538 = "tensor.empty"() : () -> tensor<4096xf32>
        %539 = "linalg.generic"(%536, %537, %538) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg179: f32, %arg180: f32, %arg181: f32):
          %540 = "arith.mulf"(%arg179, %arg180) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %541 = "arith.addf"(%540, %532) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %542 = "math.sin"(%541) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%542) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%539, %535) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_7", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_7_elementwise_4096_f32, sym_name = "main_dispatch_7_elementwise_4096_f32"}> ({
      %530:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%530#0, %530#1, %530#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_7_elementwise_4096_f32"}> ({
      ^bb0(%arg172: !stream.binding, %arg173: !stream.binding):
        %518 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %519 = "arith.constant"() <{value = 7.000000e+00 : f32}> : () -> f32
        %520 = "arith.constant"() <{value = 0 : index}> : () -> index
        %521 = "stream.binding.subspan"(%arg172, %520) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %522 = "stream.binding.subspan"(%arg173, %520) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %523 = "iree_tensor_ext.dispatch.tensor.load"(%521) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %524 = "tensor.extract_slice"(%518) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 7>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %525 = "tensor.empty"() : () -> tensor<4096xf32>
        %526 = "linalg.generic"(%523, %524, %525) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg174: f32, %arg175: f32, %arg176: f32):
          %527 = "arith.mulf"(%arg174, %arg175) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %528 = "arith.addf"(%527, %519) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %529 = "math.sin"(%528) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%529) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%526, %522) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_8", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_8_elementwise_4096_f32, sym_name = "main_dispatch_8_elementwise_4096_f32"}> ({
      %517:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%517#0, %517#1, %517#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_8_elementwise_4096_f32"}> ({
      ^bb0(%arg167: !stream.binding, %arg168: !stream.binding):
        %505 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %506 = "arith.constant"() <{value = 8.000000e+00 : f32}> : () -> f32
        %507 = "arith.constant"() <{value = 0 : index}> : () -> index
        %508 = "stream.binding.subspan"(%arg167, %507) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %509 = "stream.binding.subspan"(%arg168, %507) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %510 = "iree_tensor_ext.dispatch.tensor.load"(%508) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %511 = "tensor.extract_slice"(%505) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 8>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %512 = "tensor.empty"() : () -> tensor<4096xf32>
        %513 = "linalg.generic"(%510, %511, %512) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg169: f32, %arg170: f32, %arg171: f32):
          %514 = "arith.mulf"(%arg169, %arg170) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %515 = "arith.addf"(%514, %506) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %516 = "math.sin"(%515) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%516) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%513, %509) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_9", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_9_elementwise_4096_f32, sym_name = "main_dispatch_9_elementwise_4096_f32"}> ({
      %504:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%504#0, %504#1, %504#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_9_elementwise_4096_f32"}> ({
      ^bb0(%arg162: !stream.binding, %arg163: !stream.binding):
        %492 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %493 = "arith.constant"() <{value = 9.000000e+00 : f32}> : () -> f32
        %494 = "arith.constant"() <{value = 0 : index}> : () -> index
        %495 = "stream.binding.subspan"(%arg162, %494) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %496 = "stream.binding.subspan"(%arg163, %494) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %497 = "iree_tensor_ext.dispatch.tensor.load"(%495) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %498 = "tensor.extract_slice"(%492) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 9>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %499 = "tensor.empty"() : () -> tensor<4096xf32>
        %500 = "linalg.generic"(%497, %498, %499) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg164: f32, %arg165: f32, %arg166: f32):
          %501 = "arith.mulf"(%arg164, %arg165) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %502 = "arith.addf"(%501, %493) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %503 = "math.sin"(%502) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%503) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%500, %496) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_10", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_10_elementwise_4096_f32, sym_name = "main_dispatch_10_elementwise_4096_f32"}> ({
      %491:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%491#0, %491#1, %491#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_10_elementwise_4096_f32"}> ({
      ^bb0(%arg157: !stream.binding, %arg158: !stream.binding):
        %479 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %480 = "arith.constant"() <{value = 1.000000e+01 : f32}> : () -> f32
        %481 = "arith.constant"() <{value = 0 : index}> : () -> index
        %482 = "stream.binding.subspan"(%arg157, %481) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %483 = "stream.binding.subspan"(%arg158, %481) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %484 = "iree_tensor_ext.dispatch.tensor.load"(%482) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %485 = "tensor.extract_slice"(%479) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 10>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %486 = "tensor.empty"() : () -> tensor<4096xf32>
        %487 = "linalg.generic"(%484, %485, %486) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg159: f32, %arg160: f32, %arg161: f32):
          %488 = "arith.mulf"(%arg159, %arg160) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %489 = "arith.addf"(%488, %480) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %490 = "math.sin"(%489) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%490) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%487, %483) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_11", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_11_elementwise_4096_f32, sym_name = "main_dispatch_11_elementwise_4096_f32"}> ({
      %478:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%478#0, %478#1, %478#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_11_elementwise_4096_f32"}> ({
      ^bb0(%arg152: !stream.binding, %arg153: !stream.binding):
        %466 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %467 = "arith.constant"() <{value = 1.100000e+01 : f32}> : () -> f32
        %468 = "arith.constant"() <{value = 0 : index}> : () -> index
        %469 = "stream.binding.subspan"(%arg152, %468) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %470 = "stream.binding.subspan"(%arg153, %468) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %471 = "iree_tensor_ext.dispatch.tensor.load"(%469) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %472 = "tensor.extract_slice"(%466) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 11>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %473 = "tensor.empty"() : () -> tensor<4096xf32>
        %474 = "linalg.generic"(%471, %472, %473) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg154: f32, %arg155: f32, %arg156: f32):
          %475 = "arith.mulf"(%arg154, %arg155) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %476 = "arith.addf"(%475, %467) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %477 = "math.sin"(%476) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%477) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%474, %470) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_12", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_12_elementwise_4096_f32, sym_name = "main_dispatch_12_elementwise_4096_f32"}> ({
      %465:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%465#0, %465#1, %465#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_12_elementwise_4096_f32"}> ({
      ^bb0(%arg147: !stream.binding, %arg148: !stream.binding):
        %453 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %454 = "arith.constant"() <{value = 1.200000e+01 : f32}> : () -> f32
        %455 = "arith.constant"() <{value = 0 : index}> : () -> index
        %456 = "stream.binding.subspan"(%arg147, %455) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %457 = "stream.binding.subspan"(%arg148, %455) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %458 = "iree_tensor_ext.dispatch.tensor.load"(%456) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %459 = "tensor.extract_slice"(%453) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 12>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %460 = "tensor.empty"() : () -> tensor<4096xf32>
        %461 = "linalg.generic"(%458, %459, %460) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg149: f32, %arg150: f32, %arg151: f32):
          %462 = "arith.mulf"(%arg149, %arg150) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %463 = "arith.addf"(%462, %454) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %464 = "math.sin"(%463) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%464) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%461, %457) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_13", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_13_elementwise_4096_f32, sym_name = "main_dispatch_13_elementwise_4096_f32"}> ({
      %452:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%452#0, %452#1, %452#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_13_elementwise_4096_f32"}> ({
      ^bb0(%arg142: !stream.binding, %arg143: !stream.binding):
        %440 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %441 = "arith.constant"() <{value = 1.300000e+01 : f32}> : () -> f32
        %442 = "arith.constant"() <{value = 0 : index}> : () -> index
        %443 = "stream.binding.subspan"(%arg142, %442) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %444 = "stream.binding.subspan"(%arg143, %442) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %445 = "iree_tensor_ext.dispatch.tensor.load"(%443) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %446 = "tensor.extract_slice"(%440) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 13>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %447 = "tensor.empty"() : () -> tensor<4096xf32>
        %448 = "linalg.generic"(%445, %446, %447) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg144: f32, %arg145: f32, %arg146: f32):
          %449 = "arith.mulf"(%arg144, %arg145) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %450 = "arith.addf"(%449, %441) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %451 = "math.sin"(%450) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%451) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%448, %444) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_14", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_14_elementwise_4096_f32, sym_name = "main_dispatch_14_elementwise_4096_f32"}> ({
      %439:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%439#0, %439#1, %439#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_14_elementwise_4096_f32"}> ({
      ^bb0(%arg137: !stream.binding, %arg138: !stream.binding):
        %427 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %428 = "arith.constant"() <{value = 1.400000e+01 : f32}> : () -> f32
        %429 = "arith.constant"() <{value = 0 : index}> : () -> index
        %430 = "stream.binding.subspan"(%arg137, %429) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %431 = "stream.binding.subspan"(%arg138, %429) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %432 = "iree_tensor_ext.dispatch.tensor.load"(%430) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %433 = "tensor.extract_slice"(%427) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 14>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %434 = "tensor.empty"() : () -> tensor<4096xf32>
        %435 = "linalg.generic"(%432, %433, %434) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg139: f32, %arg140: f32, %arg141: f32):
          %436 = "arith.mulf"(%arg139, %arg140) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %437 = "arith.addf"(%436, %428) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %438 = "math.sin"(%437) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%438) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%435, %431) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_15", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_15_elementwise_4096_f32, sym_name = "main_dispatch_15_elementwise_4096_f32"}> ({
      %426:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%426#0, %426#1, %426#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_15_elementwise_4096_f32"}> ({
      ^bb0(%arg132: !stream.binding, %arg133: !stream.binding):
        %414 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %415 = "arith.constant"() <{value = 1.500000e+01 : f32}> : () -> f32
        %416 = "arith.constant"() <{value = 0 : index}> : () -> index
        %417 = "stream.binding.subspan"(%arg132, %416) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %418 = "stream.binding.subspan"(%arg133, %416) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %419 = "iree_tensor_ext.dispatch.tensor.load"(%417) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %420 = "tensor.extract_slice"(%414) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 15>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %421 = "tensor.empty"() : () -> tensor<4096xf32>
        %422 = "linalg.generic"(%419, %420, %421) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg134: f32, %arg135: f32, %arg136: f32):
          %423 = "arith.mulf"(%arg134, %arg135) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %424 = "arith.addf"(%423, %415) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %425 = "math.sin"(%424) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%425) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%422, %418) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_16", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_16_elementwise_4096_f32, sym_name = "main_dispatch_16_elementwise_4096_f32"}> ({
      %413:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%413#0, %413#1, %413#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_16_elementwise_4096_f32"}> ({
      ^bb0(%arg127: !stream.binding, %arg128: !stream.binding):
        %401 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %402 = "arith.constant"() <{value = 1.600000e+01 : f32}> : () -> f32
        %403 = "arith.constant"() <{value = 0 : index}> : () -> index
        %404 = "stream.binding.subspan"(%arg127, %403) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %405 = "stream.binding.subspan"(%arg128, %403) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %406 = "iree_tensor_ext.dispatch.tensor.load"(%404) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %407 = "tensor.extract_slice"(%401) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 16>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %408 = "tensor.empty"() : () -> tensor<4096xf32>
        %409 = "linalg.generic"(%406, %407, %408) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg129: f32, %arg130: f32, %arg131: f32):
          %410 = "arith.mulf"(%arg129, %arg130) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %411 = "arith.addf"(%410, %402) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %412 = "math.sin"(%411) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%412) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%409, %405) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_17", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_17_elementwise_4096_f32, sym_name = "main_dispatch_17_elementwise_4096_f32"}> ({
      %400:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%400#0, %400#1, %400#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_17_elementwise_4096_f32"}> ({
      ^bb0(%arg122: !stream.binding, %arg123: !stream.binding):
        %388 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %389 = "arith.constant"() <{value = 1.700000e+01 : f32}> : () -> f32
        %390 = "arith.constant"() <{value = 0 : index}> : () -> index
        %391 = "stream.binding.subspan"(%arg122, %390) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %392 = "stream.binding.subspan"(%arg123, %390) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %393 = "iree_tensor_ext.dispatch.tensor.load"(%391) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %394 = "tensor.extract_slice"(%388) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 17>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %395 = "tensor.empty"() : () -> tensor<4096xf32>
        %396 = "linalg.generic"(%393, %394, %395) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg124: f32, %arg125: f32, %arg126: f32):
          %397 = "arith.mulf"(%arg124, %arg125) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %398 = "arith.addf"(%397, %389) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %399 = "math.sin"(%398) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%399) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%396, %392) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_18", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_18_elementwise_4096_f32, sym_name = "main_dispatch_18_elementwise_4096_f32"}> ({
      %387:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%387#0, %387#1, %387#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_18_elementwise_4096_f32"}> ({
      ^bb0(%arg117: !stream.binding, %arg118: !stream.binding):
        %375 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %376 = "arith.constant"() <{value = 1.800000e+01 : f32}> : () -> f32
        %377 = "arith.constant"() <{value = 0 : index}> : () -> index
        %378 = "stream.binding.subspan"(%arg117, %377) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %379 = "stream.binding.subspan"(%arg118, %377) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %380 = "iree_tensor_ext.dispatch.tensor.load"(%378) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %381 = "tensor.extract_slice"(%375) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 18>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %382 = "tensor.empty"() : () -> tensor<4096xf32>
        %383 = "linalg.generic"(%380, %381, %382) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg119: f32, %arg120: f32, %arg121: f32):
          %384 = "arith.mulf"(%arg119, %arg120) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %385 = "arith.addf"(%384, %376) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %386 = "math.sin"(%385) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%386) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%383, %379) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_19", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_19_elementwise_4096_f32, sym_name = "main_dispatch_19_elementwise_4096_f32"}> ({
      %374:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%374#0, %374#1, %374#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_19_elementwise_4096_f32"}> ({
      ^bb0(%arg112: !stream.binding, %arg113: !stream.binding):
        %362 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %363 = "arith.constant"() <{value = 1.900000e+01 : f32}> : () -> f32
        %364 = "arith.constant"() <{value = 0 : index}> : () -> index
        %365 = "stream.binding.subspan"(%arg112, %364) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %366 = "stream.binding.subspan"(%arg113, %364) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %367 = "iree_tensor_ext.dispatch.tensor.load"(%365) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %368 = "tensor.extract_slice"(%362) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 19>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %369 = "tensor.empty"() : () -> tensor<4096xf32>
        %370 = "linalg.generic"(%367, %368, %369) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg114: f32, %arg115: f32, %arg116: f32):
          %371 = "arith.mulf"(%arg114, %arg115) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %372 = "arith.addf"(%371, %363) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %373 = "math.sin"(%372) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%373) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%370, %366) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_20", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_20_elementwise_4096_f32, sym_name = "main_dispatch_20_elementwise_4096_f32"}> ({
      %361:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%361#0, %361#1, %361#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_20_elementwise_4096_f32"}> ({
      ^bb0(%arg107: !stream.binding, %arg108: !stream.binding):
        %349 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %350 = "arith.constant"() <{value = 2.000000e+01 : f32}> : () -> f32
        %351 = "arith.constant"() <{value = 0 : index}> : () -> index
        %352 = "stream.binding.subspan"(%arg107, %351) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %353 = "stream.binding.subspan"(%arg108, %351) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %354 = "iree_tensor_ext.dispatch.tensor.load"(%352) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %355 = "tensor.extract_slice"(%349) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 20>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %356 = "tensor.empty"() : () -> tensor<4096xf32>
        %357 = "linalg.generic"(%354, %355, %356) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg109: f32, %arg110: f32, %arg111: f32):
          %358 = "arith.mulf"(%arg109, %arg110) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %359 = "arith.addf"(%358, %350) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %360 = "math.sin"(%359) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%360) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%357, %353) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_21", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_21_elementwise_4096_f32, sym_name = "main_dispatch_21_elementwise_4096_f32"}> ({
      %348:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%348#0, %348#1, %348#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_21_elementwise_4096_f32"}> ({
      ^bb0(%arg102: !stream.binding, %arg103: !stream.binding):
        %336 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %337 = "arith.constant"() <{value = 2.100000e+01 : f32}> : () -> f32
        %338 = "arith.constant"() <{value = 0 : index}> : () -> index
        %339 = "stream.binding.subspan"(%arg102, %338) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %340 = "stream.binding.subspan"(%arg103, %338) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %341 = "iree_tensor_ext.dispatch.tensor.load"(%339) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %342 = "tensor.extract_slice"(%336) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 21>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %343 = "tensor.empty"() : () -> tensor<4096xf32>
        %344 = "linalg.generic"(%341, %342, %343) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg104: f32, %arg105: f32, %arg106: f32):
          %345 = "arith.mulf"(%arg104, %arg105) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %346 = "arith.addf"(%345, %337) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %347 = "math.sin"(%346) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%347) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%344, %340) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_22", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_22_elementwise_4096_f32, sym_name = "main_dispatch_22_elementwise_4096_f32"}> ({
      %335:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%335#0, %335#1, %335#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_22_elementwise_4096_f32"}> ({
      ^bb0(%arg97: !stream.binding, %arg98: !stream.binding):
        %323 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %324 = "arith.constant"() <{value = 2.200000e+01 : f32}> : () -> f32
        %325 = "arith.constant"() <{value = 0 : index}> : () -> index
        %326 = "stream.binding.subspan"(%arg97, %325) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %327 = "stream.binding.subspan"(%arg98, %325) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %328 = "iree_tensor_ext.dispatch.tensor.load"(%326) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %329 = "tensor.extract_slice"(%323) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 22>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %330 = "tensor.empty"() : () -> tensor<4096xf32>
        %331 = "linalg.generic"(%328, %329, %330) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg99: f32, %arg100: f32, %arg101: f32):
          %332 = "arith.mulf"(%arg99, %arg100) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %333 = "arith.addf"(%332, %324) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %334 = "math.sin"(%333) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%334) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%331, %327) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_23", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_23_elementwise_4096_f32, sym_name = "main_dispatch_23_elementwise_4096_f32"}> ({
      %322:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%322#0, %322#1, %322#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_23_elementwise_4096_f32"}> ({
      ^bb0(%arg92: !stream.binding, %arg93: !stream.binding):
        %310 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %311 = "arith.constant"() <{value = 2.300000e+01 : f32}> : () -> f32
        %312 = "arith.constant"() <{value = 0 : index}> : () -> index
        %313 = "stream.binding.subspan"(%arg92, %312) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %314 = "stream.binding.subspan"(%arg93, %312) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %315 = "iree_tensor_ext.dispatch.tensor.load"(%313) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %316 = "tensor.extract_slice"(%310) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 23>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %317 = "tensor.empty"() : () -> tensor<4096xf32>
        %318 = "linalg.generic"(%315, %316, %317) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg94: f32, %arg95: f32, %arg96: f32):
          %319 = "arith.mulf"(%arg94, %arg95) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %320 = "arith.addf"(%319, %311) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %321 = "math.sin"(%320) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%321) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%318, %314) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_24", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_24_elementwise_4096_f32, sym_name = "main_dispatch_24_elementwise_4096_f32"}> ({
      %309:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%309#0, %309#1, %309#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_24_elementwise_4096_f32"}> ({
      ^bb0(%arg87: !stream.binding, %arg88: !stream.binding):
        %297 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %298 = "arith.constant"() <{value = 2.400000e+01 : f32}> : () -> f32
        %299 = "arith.constant"() <{value = 0 : index}> : () -> index
        %300 = "stream.binding.subspan"(%arg87, %299) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %301 = "stream.binding.subspan"(%arg88, %299) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %302 = "iree_tensor_ext.dispatch.tensor.load"(%300) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %303 = "tensor.extract_slice"(%297) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 24>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %304 = "tensor.empty"() : () -> tensor<4096xf32>
        %305 = "linalg.generic"(%302, %303, %304) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg89: f32, %arg90: f32, %arg91: f32):
          %306 = "arith.mulf"(%arg89, %arg90) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %307 = "arith.addf"(%306, %298) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %308 = "math.sin"(%307) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%308) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%305, %301) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_25", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_25_elementwise_4096_f32, sym_name = "main_dispatch_25_elementwise_4096_f32"}> ({
      %296:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%296#0, %296#1, %296#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_25_elementwise_4096_f32"}> ({
      ^bb0(%arg82: !stream.binding, %arg83: !stream.binding):
        %284 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %285 = "arith.constant"() <{value = 2.500000e+01 : f32}> : () -> f32
        %286 = "arith.constant"() <{value = 0 : index}> : () -> index
        %287 = "stream.binding.subspan"(%arg82, %286) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %288 = "stream.binding.subspan"(%arg83, %286) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %289 = "iree_tensor_ext.dispatch.tensor.load"(%287) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %290 = "tensor.extract_slice"(%284) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 25>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %291 = "tensor.empty"() : () -> tensor<4096xf32>
        %292 = "linalg.generic"(%289, %290, %291) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg84: f32, %arg85: f32, %arg86: f32):
          %293 = "arith.mulf"(%arg84, %arg85) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %294 = "arith.addf"(%293, %285) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %295 = "math.sin"(%294) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%295) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%292, %288) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_26", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_26_elementwise_4096_f32, sym_name = "main_dispatch_26_elementwise_4096_f32"}> ({
      %283:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%283#0, %283#1, %283#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_26_elementwise_4096_f32"}> ({
      ^bb0(%arg77: !stream.binding, %arg78: !stream.binding):
        %271 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %272 = "arith.constant"() <{value = 2.600000e+01 : f32}> : () -> f32
        %273 = "arith.constant"() <{value = 0 : index}> : () -> index
        %274 = "stream.binding.subspan"(%arg77, %273) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %275 = "stream.binding.subspan"(%arg78, %273) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %276 = "iree_tensor_ext.dispatch.tensor.load"(%274) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %277 = "tensor.extract_slice"(%271) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 26>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %278 = "tensor.empty"() : () -> tensor<4096xf32>
        %279 = "linalg.generic"(%276, %277, %278) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg79: f32, %arg80: f32, %arg81: f32):
          %280 = "arith.mulf"(%arg79, %arg80) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %281 = "arith.addf"(%280, %272) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %282 = "math.sin"(%281) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%282) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%279, %275) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_27", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_27_elementwise_4096_f32, sym_name = "main_dispatch_27_elementwise_4096_f32"}> ({
      %270:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%270#0, %270#1, %270#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_27_elementwise_4096_f32"}> ({
      ^bb0(%arg72: !stream.binding, %arg73: !stream.binding):
        %258 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %259 = "arith.constant"() <{value = 2.700000e+01 : f32}> : () -> f32
        %260 = "arith.constant"() <{value = 0 : index}> : () -> index
        %261 = "stream.binding.subspan"(%arg72, %260) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %262 = "stream.binding.subspan"(%arg73, %260) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %263 = "iree_tensor_ext.dispatch.tensor.load"(%261) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %264 = "tensor.extract_slice"(%258) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 27>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %265 = "tensor.empty"() : () -> tensor<4096xf32>
        %266 = "linalg.generic"(%263, %264, %265) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg74: f32, %arg75: f32, %arg76: f32):
          %267 = "arith.mulf"(%arg74, %arg75) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %268 = "arith.addf"(%267, %259) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %269 = "math.sin"(%268) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%269) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%266, %262) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_28", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_28_elementwise_4096_f32, sym_name = "main_dispatch_28_elementwise_4096_f32"}> ({
      %257:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%257#0, %257#1, %257#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_28_elementwise_4096_f32"}> ({
      ^bb0(%arg67: !stream.binding, %arg68: !stream.binding):
        %245 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %246 = "arith.constant"() <{value = 2.800000e+01 : f32}> : () -> f32
        %247 = "arith.constant"() <{value = 0 : index}> : () -> index
        %248 = "stream.binding.subspan"(%arg67, %247) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %249 = "stream.binding.subspan"(%arg68, %247) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %250 = "iree_tensor_ext.dispatch.tensor.load"(%248) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %251 = "tensor.extract_slice"(%245) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 28>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %252 = "tensor.empty"() : () -> tensor<4096xf32>
        %253 = "linalg.generic"(%250, %251, %252) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg69: f32, %arg70: f32, %arg71: f32):
          %254 = "arith.mulf"(%arg69, %arg70) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %255 = "arith.addf"(%254, %246) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %256 = "math.sin"(%255) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%256) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%253, %249) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_29", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_29_elementwise_4096_f32, sym_name = "main_dispatch_29_elementwise_4096_f32"}> ({
      %244:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%244#0, %244#1, %244#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_29_elementwise_4096_f32"}> ({
      ^bb0(%arg62: !stream.binding, %arg63: !stream.binding):
        %232 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %233 = "arith.constant"() <{value = 2.900000e+01 : f32}> : () -> f32
        %234 = "arith.constant"() <{value = 0 : index}> : () -> index
        %235 = "stream.binding.subspan"(%arg62, %234) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %236 = "stream.binding.subspan"(%arg63, %234) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %237 = "iree_tensor_ext.dispatch.tensor.load"(%235) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %238 = "tensor.extract_slice"(%232) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 29>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %239 = "tensor.empty"() : () -> tensor<4096xf32>
        %240 = "linalg.generic"(%237, %238, %239) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg64: f32, %arg65: f32, %arg66: f32):
          %241 = "arith.mulf"(%arg64, %arg65) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %242 = "arith.addf"(%241, %233) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %243 = "math.sin"(%242) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%243) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%240, %236) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_30", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_30_elementwise_4096_f32, sym_name = "main_dispatch_30_elementwise_4096_f32"}> ({
      %231:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%231#0, %231#1, %231#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_30_elementwise_4096_f32"}> ({
      ^bb0(%arg57: !stream.binding, %arg58: !stream.binding):
        %219 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %220 = "arith.constant"() <{value = 3.000000e+01 : f32}> : () -> f32
        %221 = "arith.constant"() <{value = 0 : index}> : () -> index
        %222 = "stream.binding.subspan"(%arg57, %221) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %223 = "stream.binding.subspan"(%arg58, %221) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %224 = "iree_tensor_ext.dispatch.tensor.load"(%222) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %225 = "tensor.extract_slice"(%219) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 30>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %226 = "tensor.empty"() : () -> tensor<4096xf32>
        %227 = "linalg.generic"(%224, %225, %226) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg59: f32, %arg60: f32, %arg61: f32):
          %228 = "arith.mulf"(%arg59, %arg60) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %229 = "arith.addf"(%228, %220) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %230 = "math.sin"(%229) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%230) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%227, %223) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_31", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_31_elementwise_4096_f32, sym_name = "main_dispatch_31_elementwise_4096_f32"}> ({
      %218:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%218#0, %218#1, %218#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_31_elementwise_4096_f32"}> ({
      ^bb0(%arg52: !stream.binding, %arg53: !stream.binding):
        %206 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %207 = "arith.constant"() <{value = 3.100000e+01 : f32}> : () -> f32
        %208 = "arith.constant"() <{value = 0 : index}> : () -> index
        %209 = "stream.binding.subspan"(%arg52, %208) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %210 = "stream.binding.subspan"(%arg53, %208) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %211 = "iree_tensor_ext.dispatch.tensor.load"(%209) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %212 = "tensor.extract_slice"(%206) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 31>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %213 = "tensor.empty"() : () -> tensor<4096xf32>
        %214 = "linalg.generic"(%211, %212, %213) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg54: f32, %arg55: f32, %arg56: f32):
          %215 = "arith.mulf"(%arg54, %arg55) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %216 = "arith.addf"(%215, %207) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %217 = "math.sin"(%216) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%217) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%214, %210) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_32", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_32_elementwise_4096_f32, sym_name = "main_dispatch_32_elementwise_4096_f32"}> ({
      %205:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%205#0, %205#1, %205#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_32_elementwise_4096_f32"}> ({
      ^bb0(%arg47: !stream.binding, %arg48: !stream.binding):
        %193 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %194 = "arith.constant"() <{value = 3.200000e+01 : f32}> : () -> f32
        %195 = "arith.constant"() <{value = 0 : index}> : () -> index
        %196 = "stream.binding.subspan"(%arg47, %195) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %197 = "stream.binding.subspan"(%arg48, %195) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %198 = "iree_tensor_ext.dispatch.tensor.load"(%196) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %199 = "tensor.extract_slice"(%193) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 32>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %200 = "tensor.empty"() : () -> tensor<4096xf32>
        %201 = "linalg.generic"(%198, %199, %200) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg49: f32, %arg50: f32, %arg51: f32):
          %202 = "arith.mulf"(%arg49, %arg50) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %203 = "arith.addf"(%202, %194) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %204 = "math.sin"(%203) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%204) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%201, %197) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_33", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_33_elementwise_4096_f32, sym_name = "main_dispatch_33_elementwise_4096_f32"}> ({
      %192:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%192#0, %192#1, %192#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_33_elementwise_4096_f32"}> ({
      ^bb0(%arg42: !stream.binding, %arg43: !stream.binding):
        %180 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %181 = "arith.constant"() <{value = 3.300000e+01 : f32}> : () -> f32
        %182 = "arith.constant"() <{value = 0 : index}> : () -> index
        %183 = "stream.binding.subspan"(%arg42, %182) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %184 = "stream.binding.subspan"(%arg43, %182) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %185 = "iree_tensor_ext.dispatch.tensor.load"(%183) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %186 = "tensor.extract_slice"(%180) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 33>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %187 = "tensor.empty"() : () -> tensor<4096xf32>
        %188 = "linalg.generic"(%185, %186, %187) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg44: f32, %arg45: f32, %arg46: f32):
          %189 = "arith.mulf"(%arg44, %arg45) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %190 = "arith.addf"(%189, %181) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %191 = "math.sin"(%190) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%191) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%188, %184) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_34", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_34_elementwise_4096_f32, sym_name = "main_dispatch_34_elementwise_4096_f32"}> ({
      %179:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%179#0, %179#1, %179#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_34_elementwise_4096_f32"}> ({
      ^bb0(%arg37: !stream.binding, %arg38: !stream.binding):
        %167 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %168 = "arith.constant"() <{value = 3.400000e+01 : f32}> : () -> f32
        %169 = "arith.constant"() <{value = 0 : index}> : () -> index
        %170 = "stream.binding.subspan"(%arg37, %169) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %171 = "stream.binding.subspan"(%arg38, %169) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %172 = "iree_tensor_ext.dispatch.tensor.load"(%170) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %173 = "tensor.extract_slice"(%167) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 34>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %174 = "tensor.empty"() : () -> tensor<4096xf32>
        %175 = "linalg.generic"(%172, %173, %174) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg39: f32, %arg40: f32, %arg41: f32):
          %176 = "arith.mulf"(%arg39, %arg40) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %177 = "arith.addf"(%176, %168) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %178 = "math.sin"(%177) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%178) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%175, %171) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_35", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_35_elementwise_4096_f32, sym_name = "main_dispatch_35_elementwise_4096_f32"}> ({
      %166:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%166#0, %166#1, %166#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_35_elementwise_4096_f32"}> ({
      ^bb0(%arg32: !stream.binding, %arg33: !stream.binding):
        %154 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %155 = "arith.constant"() <{value = 3.500000e+01 : f32}> : () -> f32
        %156 = "arith.constant"() <{value = 0 : index}> : () -> index
        %157 = "stream.binding.subspan"(%arg32, %156) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %158 = "stream.binding.subspan"(%arg33, %156) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %159 = "iree_tensor_ext.dispatch.tensor.load"(%157) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %160 = "tensor.extract_slice"(%154) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 35>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %161 = "tensor.empty"() : () -> tensor<4096xf32>
        %162 = "linalg.generic"(%159, %160, %161) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg34: f32, %arg35: f32, %arg36: f32):
          %163 = "arith.mulf"(%arg34, %arg35) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %164 = "arith.addf"(%163, %155) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %165 = "math.sin"(%164) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%165) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%162, %158) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_36", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_36_elementwise_4096_f32, sym_name = "main_dispatch_36_elementwise_4096_f32"}> ({
      %153:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%153#0, %153#1, %153#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_36_elementwise_4096_f32"}> ({
      ^bb0(%arg27: !stream.binding, %arg28: !stream.binding):
        %141 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %142 = "arith.constant"() <{value = 3.600000e+01 : f32}> : () -> f32
        %143 = "arith.constant"() <{value = 0 : index}> : () -> index
        %144 = "stream.binding.subspan"(%arg27, %143) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %145 = "stream.binding.subspan"(%arg28, %143) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %146 = "iree_tensor_ext.dispatch.tensor.load"(%144) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %147 = "tensor.extract_slice"(%141) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 36>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %148 = "tensor.empty"() : () -> tensor<4096xf32>
        %149 = "linalg.generic"(%146, %147, %148) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg29: f32, %arg30: f32, %arg31: f32):
          %150 = "arith.mulf"(%arg29, %arg30) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %151 = "arith.addf"(%150, %142) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %152 = "math.sin"(%151) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%152) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%149, %145) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_37", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_37_elementwise_4096_f32, sym_name = "main_dispatch_37_elementwise_4096_f32"}> ({
      %140:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%140#0, %140#1, %140#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_37_elementwise_4096_f32"}> ({
      ^bb0(%arg22: !stream.binding, %arg23: !stream.binding):
        %128 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %129 = "arith.constant"() <{value = 3.700000e+01 : f32}> : () -> f32
        %130 = "arith.constant"() <{value = 0 : index}> : () -> index
        %131 = "stream.binding.subspan"(%arg22, %130) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %132 = "stream.binding.subspan"(%arg23, %130) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %133 = "iree_tensor_ext.dispatch.tensor.load"(%131) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %134 = "tensor.extract_slice"(%128) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 37>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %135 = "tensor.empty"() : () -> tensor<4096xf32>
        %136 = "linalg.generic"(%133, %134, %135) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg24: f32, %arg25: f32, %arg26: f32):
          %137 = "arith.mulf"(%arg24, %arg25) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %138 = "arith.addf"(%137, %129) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %139 = "math.sin"(%138) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%139) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%136, %132) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_38", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_38_elementwise_4096_f32, sym_name = "main_dispatch_38_elementwise_4096_f32"}> ({
      %127:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%127#0, %127#1, %127#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_38_elementwise_4096_f32"}> ({
      ^bb0(%arg17: !stream.binding, %arg18: !stream.binding):
        %115 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %116 = "arith.constant"() <{value = 3.800000e+01 : f32}> : () -> f32
        %117 = "arith.constant"() <{value = 0 : index}> : () -> index
        %118 = "stream.binding.subspan"(%arg17, %117) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %119 = "stream.binding.subspan"(%arg18, %117) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %120 = "iree_tensor_ext.dispatch.tensor.load"(%118) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %121 = "tensor.extract_slice"(%115) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 38>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %122 = "tensor.empty"() : () -> tensor<4096xf32>
        %123 = "linalg.generic"(%120, %121, %122) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg19: f32, %arg20: f32, %arg21: f32):
          %124 = "arith.mulf"(%arg19, %arg20) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %125 = "arith.addf"(%124, %116) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %126 = "math.sin"(%125) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%126) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%123, %119) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_39", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_39_elementwise_4096_f32, sym_name = "main_dispatch_39_elementwise_4096_f32"}> ({
      %114:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%114#0, %114#1, %114#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_39_elementwise_4096_f32"}> ({
      ^bb0(%arg12: !stream.binding, %arg13: !stream.binding):
        %102 = "arith.constant"() <{value = dense<[5.000000e-01, 5.256410e-01, 0.551282048, 0.576923072, 0.602564096, 0.62820512, 0.653846145, 0.679487168, 0.705128192, 0.730769217, 0.756410241, 0.782051265, 0.807692289, 0.833333313, 0.858974337, 0.884615361, 0.910256385, 0.935897469, 0.961538493, 0.987179517, 1.01282048, 1.03846157, 1.06410253, 1.08974361, 1.11538458, 1.14102566, 1.16666663, 1.19230771, 1.21794868, 1.24358976, 1.26923072, 1.29487181, 1.32051277, 1.34615386, 1.37179482, 1.3974359, 1.42307687, 1.44871795, 1.47435892, 1.500000e+00]> : tensor<40xf32>}> : () -> tensor<40xf32>
        %103 = "arith.constant"() <{value = 3.900000e+01 : f32}> : () -> f32
        %104 = "arith.constant"() <{value = 0 : index}> : () -> index
        %105 = "stream.binding.subspan"(%arg12, %104) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>
        %106 = "stream.binding.subspan"(%arg13, %104) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %107 = "iree_tensor_ext.dispatch.tensor.load"(%105) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<4096xf32>>) -> tensor<4096xf32>
        %108 = "tensor.extract_slice"(%102) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 39>, static_sizes = array<i64: 1>, static_strides = array<i64: 1>}> : (tensor<40xf32>) -> tensor<f32>
        %109 = "tensor.empty"() : () -> tensor<4096xf32>
        %110 = "linalg.generic"(%107, %108, %109) <{indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
        ^bb0(%arg14: f32, %arg15: f32, %arg16: f32):
          %111 = "arith.mulf"(%arg14, %arg15) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %112 = "arith.addf"(%111, %103) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %113 = "math.sin"(%112) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
          "linalg.yield"(%113) : (f32) -> ()
        }) : (tensor<4096xf32>, tensor<f32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%110, %106) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "stream.executable"() <{sym_name = "main_dispatch_40", sym_visibility = "private"}> ({
    "stream.executable.export"() <{function_ref = @main_dispatch_40_reduction_4096x40_f32, sym_name = "main_dispatch_40_reduction_4096x40_f32"}> ({
      %101:3 = "iree_tensor_ext.dispatch.workgroup_count_from_slice"() : () -> (index, index, index)
      "stream.return"(%101#0, %101#1, %101#2) : (index, index, index) -> ()
    }) : () -> ()
    "builtin.module"() ({
      "func.func"() <{function_type = (!stream.binding, !stream.binding) -> (), sym_name = "main_dispatch_40_reduction_4096x40_f32"}> ({
      ^bb0(%arg6: !stream.binding, %arg7: !stream.binding):
        %92 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
        %93 = "arith.constant"() <{value = 0 : index}> : () -> index
        %94 = "stream.binding.subspan"(%arg6, %93) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<40x4096xf32>>
        %95 = "stream.binding.subspan"(%arg7, %93) : (!stream.binding, index) -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>
        %96 = "iree_tensor_ext.dispatch.tensor.load"(%94) <{operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 40, 4096>, static_strides = array<i64: 1, 1>}> : (!iree_tensor_ext.dispatch.tensor<readonly:tensor<40x4096xf32>>) -> tensor<40x4096xf32>
        %97 = "tensor.empty"() : () -> tensor<4096xf32>
        %98 = "linalg.fill"(%92, %97) <{operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg10: f32, %arg11: f32):
          "linalg.yield"(%arg10) : (f32) -> ()
        }) : (f32, tensor<4096xf32>) -> tensor<4096xf32>
        %99 = "linalg.generic"(%96, %98) <{indexing_maps = [#map2, #map3], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<reduction>], operandSegmentSizes = array<i32: 1, 1>}> ({
        ^bb0(%arg8: f32, %arg9: f32):
          %100 = "arith.addf"(%arg8, %arg9) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          "linalg.yield"(%100) : (f32) -> ()
        }) : (tensor<40x4096xf32>, tensor<4096xf32>) -> tensor<4096xf32>
        "iree_tensor_ext.dispatch.tensor.store"(%99, %95) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4096>, static_strides = array<i64: 1>}> : (tensor<4096xf32>, !iree_tensor_ext.dispatch.tensor<writeonly:tensor<4096xf32>>) -> ()
        "func.return"() : () -> ()
      }) : () -> ()
    }) : () -> ()
    "stream.executable.end"() : () -> ()
  }) : () -> ()
  "util.func"() <{function_type = (!hal.buffer_view) -> !hal.buffer_view, sym_name = "main", sym_visibility = "public", tied_operands = [-1 : index]}> ({
  ^bb0(%arg0: !hal.buffer_view):
    %0 = "arith.constant"() <{value = 0 : index}> : () -> index
    %1 = "arith.constant"() <{value = 638976 : index}> : () -> index
    %2 = "arith.constant"() <{value = 622592 : index}> : () -> index
    %3 = "arith.constant"() <{value = 606208 : index}> : () -> index
    %4 = "arith.constant"() <{value = 589824 : index}> : () -> index
    %5 = "arith.constant"() <{value = 573440 : index}> : () -> index
    %6 = "arith.constant"() <{value = 557056 : index}> : () -> index
    %7 = "arith.constant"() <{value = 540672 : index}> : () -> index
    %8 = "arith.constant"() <{value = 524288 : index}> : () -> index
    %9 = "arith.constant"() <{value = 507904 : index}> : () -> index
    %10 = "arith.constant"() <{value = 491520 : index}> : () -> index
    %11 = "arith.constant"() <{value = 475136 : index}> : () -> index
    %12 = "arith.constant"() <{value = 458752 : index}> : () -> index
    %13 = "arith.constant"() <{value = 442368 : index}> : () -> index
    %14 = "arith.constant"() <{value = 425984 : index}> : () -> index
    %15 = "arith.constant"() <{value = 409600 : index}> : () -> index
    %16 = "arith.constant"() <{value = 393216 : index}> : () -> index
    %17 = "arith.constant"() <{value = 376832 : index}> : () -> index
    %18 = "arith.constant"() <{value = 360448 : index}> : () -> index
    %19 = "arith.constant"() <{value = 344064 : index}> : () -> index
    %20 = "arith.constant"() <{value = 327680 : index}> : () -> index
    %21 = "arith.constant"() <{value = 311296 : index}> : () -> index
    %22 = "arith.constant"() <{value = 294912 : index}> : () -> index
    %23 = "arith.constant"() <{value = 278528 : index}> : () -> index
    %24 = "arith.constant"() <{value = 262144 : index}> : () -> index
    %25 = "arith.constant"() <{value = 245760 : index}> : () -> index
    %26 = "arith.constant"() <{value = 229376 : index}> : () -> index
    %27 = "arith.constant"() <{value = 212992 : index}> : () -> index
    %28 = "arith.constant"() <{value = 196608 : index}> : () -> index
    %29 = "arith.constant"() <{value = 180224 : index}> : () -> index
    %30 = "arith.constant"() <{value = 163840 : index}> : () -> index
    %31 = "arith.constant"() <{value = 147456 : index}> : () -> index
    %32 = "arith.constant"() <{value = 131072 : index}> : () -> index
    %33 = "arith.constant"() <{value = 114688 : index}> : () -> index
    %34 = "arith.constant"() <{value = 98304 : index}> : () -> index
    %35 = "arith.constant"() <{value = 81920 : index}> : () -> index
    %36 = "arith.constant"() <{value = 65536 : index}> : () -> index
    %37 = "arith.constant"() <{value = 49152 : index}> : () -> index
    %38 = "arith.constant"() <{value = 32768 : index}> : () -> index
    %39 = "arith.constant"() <{value = 655360 : index}> : () -> index
    %40 = "arith.constant"() <{value = 16384 : index}> : () -> index
    %41 = "arith.constant"() <{value = 64 : index}> : () -> index
    %42 = "hal.element_type"() <{type = f32}> : () -> i32
    %43 = "hal.encoding_type"() : () -> i32
    "hal.buffer_view.assert"(%arg0, %42, %43, %41, %41) <{message = "input0"}> : (!hal.buffer_view, i32, i32, index, index) -> ()
    %44 = "stream.tensor.import"(%arg0, %40) <{affinity = #hal.device.affinity<@__device_0>, result_encoding = tensor<64x64xf32>}> : (!hal.buffer_view, index) -> !stream.resource<external>
    %45:2 = "stream.async.execute"(%44, %40, %40) <{affinity = #hal.device.affinity<@__device_0>, operandSegmentSizes = array<i32: 1, 1, 1, 0>, tied_operands = []}> ({
    ^bb0(%arg1: !stream.resource<external>):
      %48 = "stream.async.alloca"(%39) : (index) -> !stream.resource<transient>
      %49 = "stream.async.concurrent"(%arg1, %48, %40, %39, %39) <{operandSegmentSizes = array<i32: 2, 2, 1>, tied_operands = [1 : index]}> ({
      ^bb0(%arg4: !stream.resource<external>, %arg5: !stream.resource<transient>):
        %60 = "stream.async.dispatch"(%arg4, %arg5, %40, %39, %0, %0, %40, %40, %40, %40, %39) <{entry_points = [@main_dispatch_0::@main_dispatch_0_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %61 = "stream.async.dispatch"(%arg4, %60, %40, %39, %0, %40, %40, %38, %40, %40, %39) <{entry_points = [@main_dispatch_1::@main_dispatch_1_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %62 = "stream.async.dispatch"(%arg4, %61, %40, %39, %0, %38, %40, %37, %40, %40, %39) <{entry_points = [@main_dispatch_2::@main_dispatch_2_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %63 = "stream.async.dispatch"(%arg4, %62, %40, %39, %0, %37, %40, %36, %40, %40, %39) <{entry_points = [@main_dispatch_3::@main_dispatch_3_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %64 = "stream.async.dispatch"(%arg4, %63, %40, %39, %0, %36, %40, %35, %40, %40, %39) <{entry_points = [@main_dispatch_4::@main_dispatch_4_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %65 = "stream.async.dispatch"(%arg4, %64, %40, %39, %0, %35, %40, %34, %40, %40, %39) <{entry_points = [@main_dispatch_5::@main_dispatch_5_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %66 = "stream.async.dispatch"(%arg4, %65, %40, %39, %0, %34, %40, %33, %40, %40, %39) <{entry_points = [@main_dispatch_6::@main_dispatch_6_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %67 = "stream.async.dispatch"(%arg4, %66, %40, %39, %0, %33, %40, %32, %40, %40, %39) <{entry_points = [@main_dispatch_7::@main_dispatch_7_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %68 = "stream.async.dispatch"(%arg4, %67, %40, %39, %0, %32, %40, %31, %40, %40, %39) <{entry_points = [@main_dispatch_8::@main_dispatch_8_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %69 = "stream.async.dispatch"(%arg4, %68, %40, %39, %0, %31, %40, %30, %40, %40, %39) <{entry_points = [@main_dispatch_9::@main_dispatch_9_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %70 = "stream.async.dispatch"(%arg4, %69, %40, %39, %0, %30, %40, %29, %40, %40, %39) <{entry_points = [@main_dispatch_10::@main_dispatch_10_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %71 = "stream.async.dispatch"(%arg4, %70, %40, %39, %0, %29, %40, %28, %40, %40, %39) <{entry_points = [@main_dispatch_11::@main_dispatch_11_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %72 = "stream.async.dispatch"(%arg4, %71, %40, %39, %0, %28, %40, %27, %40, %40, %39) <{entry_points = [@main_dispatch_12::@main_dispatch_12_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %73 = "stream.async.dispatch"(%arg4, %72, %40, %39, %0, %27, %40, %26, %40, %40, %39) <{entry_points = [@main_dispatch_13::@main_dispatch_13_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %74 = "stream.async.dispatch"(%arg4, %73, %40, %39, %0, %26, %40, %25, %40, %40, %39) <{entry_points = [@main_dispatch_14::@main_dispatch_14_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %75 = "stream.async.dispatch"(%arg4, %74, %40, %39, %0, %25, %40, %24, %40, %40, %39) <{entry_points = [@main_dispatch_15::@main_dispatch_15_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %76 = "stream.async.dispatch"(%arg4, %75, %40, %39, %0, %24, %40, %23, %40, %40, %39) <{entry_points = [@main_dispatch_16::@main_dispatch_16_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %77 = "stream.async.dispatch"(%arg4, %76, %40, %39, %0, %23, %40, %22, %40, %40, %39) <{entry_points = [@main_dispatch_17::@main_dispatch_17_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %78 = "stream.async.dispatch"(%arg4, %77, %40, %39, %0, %22, %40, %21, %40, %40, %39) <{entry_points = [@main_dispatch_18::@main_dispatch_18_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %79 = "stream.async.dispatch"(%arg4, %78, %40, %39, %0, %21, %40, %20, %40, %40, %39) <{entry_points = [@main_dispatch_19::@main_dispatch_19_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %80 = "stream.async.dispatch"(%arg4, %79, %40, %39, %0, %20, %40, %19, %40, %40, %39) <{entry_points = [@main_dispatch_20::@main_dispatch_20_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %81 = "stream.async.dispatch"(%arg4, %80, %40, %39, %0, %19, %40, %18, %40, %40, %39) <{entry_points = [@main_dispatch_21::@main_dispatch_21_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %82 = "stream.async.dispatch"(%arg4, %81, %40, %39, %0, %18, %40, %17, %40, %40, %39) <{entry_points = [@main_dispatch_22::@main_dispatch_22_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %83 = "stream.async.dispatch"(%arg4, %82, %40, %39, %0, %17, %40, %16, %40, %40, %39) <{entry_points = [@main_dispatch_23::@main_dispatch_23_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %84 = "stream.async.dispatch"(%arg4, %83, %40, %39, %0, %16, %40, %15, %40, %40, %39) <{entry_points = [@main_dispatch_24::@main_dispatch_24_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %85 = "stream.async.dispatch"(%arg4, %84, %40, %39, %0, %15, %40, %14, %40, %40, %39) <{entry_points = [@main_dispatch_25::@main_dispatch_25_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %86 = "stream.async.dispatch"(%arg4, %85, %40, %39, %0, %14, %40, %13, %40, %40, %39) <{entry_points = [@main_dispatch_26::@main_dispatch_26_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %87 = "stream.async.dispatch"(%arg4, %86, %40, %39, %0, %13, %40, %12, %40, %40, %39) <{entry_points = [@main_dispatch_27::@main_dispatch_27_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %88 = "stream.async.dispatch"(%arg4, %87, %40, %39, %0, %12, %40, %11, %40, %40, %39) <{entry_points = [@main_dispatch_28::@main_dispatch_28_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %89 = "stream.async.dispatch"(%arg4, %88, %40, %39, %0, %11, %40, %10, %40, %40, %39) <{entry_points = [@main_dispatch_29::@main_dispatch_29_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %90 = "stream.async.dispatch"(%arg4, %89, %40, %39, %0, %10, %40, %9, %40, %40, %39) <{entry_points = [@main_dispatch_30::@main_dispatch_30_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %91 = "stream.async.dispatch"(%arg4, %90, %40, %39, %0, %9, %40, %8, %40, %40, %39) <{entry_points = [@main_dispatch_31::@main_dispatch_31_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        "stream.yield"(%91, %39) : (!stream.resource<transient>, index) -> ()
      }) : (!stream.resource<external>, !stream.resource<transient>, index, index, index) -> !stream.resource<transient>
      %50 = "stream.async.concurrent"(%arg1, %49, %40, %39, %39) <{operandSegmentSizes = array<i32: 2, 2, 1>, tied_operands = [1 : index]}> ({
      ^bb0(%arg2: !stream.resource<external>, %arg3: !stream.resource<transient>):
        %52 = "stream.async.dispatch"(%arg2, %arg3, %40, %39, %0, %8, %40, %7, %40, %40, %39) <{entry_points = [@main_dispatch_32::@main_dispatch_32_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %53 = "stream.async.dispatch"(%arg2, %52, %40, %39, %0, %7, %40, %6, %40, %40, %39) <{entry_points = [@main_dispatch_33::@main_dispatch_33_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %54 = "stream.async.dispatch"(%arg2, %53, %40, %39, %0, %6, %40, %5, %40, %40, %39) <{entry_points = [@main_dispatch_34::@main_dispatch_34_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %55 = "stream.async.dispatch"(%arg2, %54, %40, %39, %0, %5, %40, %4, %40, %40, %39) <{entry_points = [@main_dispatch_35::@main_dispatch_35_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %56 = "stream.async.dispatch"(%arg2, %55, %40, %39, %0, %4, %40, %3, %40, %40, %39) <{entry_points = [@main_dispatch_36::@main_dispatch_36_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %57 = "stream.async.dispatch"(%arg2, %56, %40, %39, %0, %3, %40, %2, %40, %40, %39) <{entry_points = [@main_dispatch_37::@main_dispatch_37_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %58 = "stream.async.dispatch"(%arg2, %57, %40, %39, %0, %2, %40, %1, %40, %40, %39) <{entry_points = [@main_dispatch_38::@main_dispatch_38_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        %59 = "stream.async.dispatch"(%arg2, %58, %40, %39, %0, %1, %40, %39, %40, %40, %39) <{entry_points = [@main_dispatch_39::@main_dispatch_39_elementwise_4096_f32], operandSegmentSizes = array<i32: 0, 2, 2, 2, 2, 2, 1>, tied_operands = [1 : index]}> : (!stream.resource<external>, !stream.resource<transient>, index, index, index, index, index, index, index, index, index) -> !stream.resource<transient>
        "stream.yield"(%59, %39) : (!stream.resource<transient>, index) -> ()
      }) : (!stream.resource<external>, !stream.resource<transient>, index, index, index) -> !stream.resource<transient>
      %51 = "stream.async.dispatch"(%50, %39, %0, %39, %39, %40) <{entry_points = [@main_dispatch_40::@main_dispatch_40_reduction_4096x40_f32], operandSegmentSizes = array<i32: 0, 1, 1, 1, 1, 1, 1>, tied_operands = [-1 : index]}> : (!stream.resource<transient>, index, index, index, index, index) -> !stream.resource<external>
      "stream.yield"(%51, %40) : (!stream.resource<external>, index) -> ()
    }) : (!stream.resource<external>, index, index) -> (!stream.resource<external>, !stream.timepoint)
    %46 = "stream.timepoint.await"(%45#0, %40, %45#1) <{operandSegmentSizes = array<i32: 1, 1, 1>}> : (!stream.resource<external>, index, !stream.timepoint) -> !stream.resource<external>
    %47 = "stream.tensor.export"(%46, %40) <{affinity = #hal.device.affinity<@__device_0>, source_encoding = tensor<64x64xf32>}> : (!stream.resource<external>, index) -> !hal.buffer_view
    "util.return"(%47) : (!hal.buffer_view) -> ()
  }) {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @main(%input0: tensor<64x64xf32>) -> (%output0: tensor<64x64xf32>)"}} : () -> ()
}) {stream.affinity.default = #hal.device.affinity<@__device_0>} : () -> ()
